# types: the type names come from real objects; SimpleNamespace, new_class, prepare_class, resolve_bases, MappingProxyType, coroutine
import types, sys
names = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace', 'CellType',
         'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
         'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType',
         'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType', 'MemberDescriptorType',
         'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType']
for n in names:
    print(n, getattr(types, n).__name__)
def f(): pass
print(type(f) is types.FunctionType, type(sys) is types.ModuleType, type(None) is types.NoneType)
print(isinstance(int | str, types.UnionType), isinstance(list[int], types.GenericAlias))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
C = types.new_class('C', (int,), exec_body=lambda ns: ns.update(double=lambda self: self * 2))
print(C.__name__, C.__bases__, C(21).double())
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'from_prepare': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1})
print(type(D).__name__, D.from_prepare)
print(types.prepare_class('E'), types.prepare_class('F', (D,), {'x': 2})[0].__name__)
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
e = Entry()
print(types.resolve_bases((e, int)), types.resolve_bases((int,)))
G = types.new_class('G', (e,))
print(G.__bases__, G.__orig_bases__[0] is e)
m = types.ModuleType('mymod', 'the doc')
print(m.__name__, m.__doc__)
def gen():
    x = yield 1
    return x
@types.coroutine
def wrapped_gen():
    return (yield from gen())
async def use():
    return await wrapped_gen()
co = use()
print(co.send(None))
try:
    co.send('done')
except StopIteration as stop:
    print('result', stop.value)
class Dyn:
    @types.DynamicClassAttribute
    def attr(self):
        return 'instance value'
print(Dyn().attr)
try:
    Dyn.attr
except AttributeError:
    print('class access raises AttributeError')
print(sorted(n for n in types.__all__)[:5])
