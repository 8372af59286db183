# unittest.mock: Mock calls and assertions with CPython's messages, return_value/side_effect, MagicMock magic methods, patch, call, ANY, sentinel, mock_open
import os
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, patch
def show(f):
    try:
        f()
        print('passed')
    except AssertionError as e:
        print('AssertionError:', e)
    except Exception as e:
        print(type(e).__name__ + ':', e)
m = Mock()
m(1)
m.foo(2, x=3)
m.foo.bar()
r = m()
r.baz(5)
print(m.mock_calls, m.call_args, m.foo.call_args, m.foo.mock_calls, m.method_calls)
print(m.call_args_list, m.call_count, m.called, m.foo.call_count, m.call_args.args, m.foo.call_args.kwargs)
show(lambda: m.assert_called_once_with(1))
show(lambda: m.foo.assert_called_with(3))
show(lambda: m.foo.assert_called_with(2, x=3))
show(lambda: m.bar.assert_called_with(3))
show(lambda: m.assert_has_calls([call(1), call(9)]))
show(lambda: m.assert_has_calls([call(1), call.foo(2, x=3)]))
show(lambda: m.assert_has_calls([call(), call(1)], any_order=True))
show(lambda: m.assert_any_call(7))
show(lambda: m.assert_any_call(1))
show(lambda: m.assert_not_called())
show(lambda: m.bar.assert_called())
show(lambda: m.foo.assert_called_once())
show(lambda: m.assert_foo())
show(lambda: m.foo.assert_called_with(2, x=ANY))
n = Mock(return_value=42, name='named')
print(n(), repr(n.child.grand()).split(' id=')[0], n.call_args, repr(n.child).split(' id=')[0])
s = Mock(side_effect=[1, 2, ValueError('third')])
print(s(), s())
show(lambda: s())
e = Mock(side_effect=KeyError('k'))
show(lambda: e())
f = Mock(side_effect=lambda x: x * 2)
print(f(21), Mock(side_effect=lambda: mock.DEFAULT, return_value=7)())
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 'x' in mm, mm == mm, mm != mm, mm == 3)
mm.__len__.return_value = 5
mm.__getitem__.return_value = 'item'
mm.__iter__.return_value = iter([1, 2])
print(len(mm), mm[0], list(mm), mm.__getitem__.call_args)
with mm as entered:
    print(entered is mm.__enter__.return_value)
cfg = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError})
print(cfg.method(), cfg.other.side_effect)
spec_mock = Mock(spec=['ready', 'go'])
print(spec_mock.ready is spec_mock.ready)
show(lambda: spec_mock.stop)
class Thing:
    def act(self): return 'real'
ts = Mock(spec=Thing)
print(isinstance(ts, Thing))
m.reset_mock()
print(m.call_count, m.mock_calls, m.foo.call_count)
print(sentinel.marker is sentinel.marker, repr(sentinel.marker), ANY == object(), repr(ANY), repr(call.foo(1, b=2)), repr(call(3)), call(1) == call(1), call(1) == call(2))
with patch('os.getcwd', return_value='/patched') as fake:
    print(os.getcwd(), fake.called)
print(os.getcwd() != '/patched')
@patch('os.path.exists')
def check(fake_exists):
    fake_exists.return_value = 'mocked'
    return os.path.exists('/nope')
print(check(), os.path.exists('/'))
with patch.object(Thing, 'act', return_value='fake'):
    print(Thing().act())
print(Thing().act())
d = {'a': 1}
with patch.dict(d, {'b': 2}, clear=True):
    print(d)
print(d)
p = patch('os.getpid', return_value=-1)
p.start()
print(os.getpid())
p.stop()
print(os.getpid() > 0)
show(lambda: patch('nodots'))
try:
    patch('os.no_such_attribute').start()
except AttributeError as e:
    print('AttributeError: ... does not' + str(e).split(' does not')[1])
opener = mock.mock_open(read_data='line1\nline2\n')
with patch('builtins.open', opener):
    with open('whatever') as fh:
        print(fh.read())
    with open('again') as fh:
        print(fh.readline(), fh.readlines())
print(opener.call_args_list)
class WithProp:
    @property
    def value(self): return 1
with patch.object(WithProp, 'value', new_callable=mock.PropertyMock) as prop:
    prop.return_value = 99
    print(WithProp().value, prop.call_count)
