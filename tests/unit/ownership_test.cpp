// Object ownership: every kind of object counts one reference on its class when the
// class is a heap type, so no object outlives its class (a failed import, `del C`,
// a reload or a class made in a function used to free the class under its instances).
// Teardown: finalize_runtime() empties the modules, which frees the classes they held.
#include <gtest/gtest.h>

#include <string>

#include "runtime/runtime.h"
#include "eval/eval.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "resolve/compile.h"

namespace hotpy {
namespace {

struct Kind {
  const char* name;
  const char* base;  // the class K derives from
  const char* make;  // an expression making an instance of K
};

class InstanceHoldsClass : public ::testing::TestWithParam<Kind> {
 protected:
  static void SetUpTestSuite() { init_runtime({""}, ""); }
};

// Runs `source` in `ns`; the failure's message when it raises.
std::string run_in(DictObject* ns, const std::string& source) {
  auto unit = compile_source(source, "<test>", ast::Mode::File);
  if (unit && !run_unit(unit, ns).is_null()) return "";
  Value exc = fetch_error();
  return exc.type()->m_name + ": " + exception_message(exc);
}

TEST_P(InstanceHoldsClass, OneReferencePerInstance) {
  const Kind& k = GetParam();
  Value module = new_module("__test__");
  DictObject* ns = module.as<ModuleObject>()->m_dict;
  ASSERT_EQ(run_in(ns, std::string("class K(") + k.base + "):\n    pass\n"), "");
  Value cls = dict_get_str(ns, intern("K"));
  ASSERT_TRUE(cls.is_obj());
  uint32_t before = cls.obj()->m_refcnt;
  ASSERT_EQ(run_in(ns, std::string("x = ") + k.make + "\ny = " + k.make + "\n"), "");
  EXPECT_EQ(cls.obj()->m_refcnt, before + 2) << k.name;
  // Instances that are classes are in cycles with their own descriptors: collected.
  ASSERT_EQ(run_in(ns, "del x, y\n__import__('gc').collect()\n"), "");
  EXPECT_EQ(cls.obj()->m_refcnt, before) << k.name;
  // The instance is the class's last owner: dropping the class and its module
  // leaves the instance's type intact.
  ASSERT_EQ(run_in(ns, std::string("z = ") + k.make + "\n"), "");
  Value z = dict_get_str(ns, intern("z"));
  cls = Value();
  dict_clear(ns);
  module = Value();
  EXPECT_EQ(z.type()->m_name, "K") << k.name;
  // Left: z's reference, and those of the descriptors in the class's own namespace
  // (its __dict__/__weakref__ getsets keep it alive, as CPython's d_type): `before`
  // counted them with the namespace entry and `cls`, both gone now.
  EXPECT_EQ(z.type()->m_refcnt, before - 1) << k.name;
}

INSTANTIATE_TEST_SUITE_P(
    EveryKind, InstanceHoldsClass,
    ::testing::Values(Kind{"object", "object", "K()"}, Kind{"exception", "Exception", "K('x')"},
                      Kind{"keyerror", "KeyError", "K('x')"}, Kind{"int", "int", "K(7)"},
                      Kind{"str", "str", "K('s')"}, Kind{"float", "float", "K(1.5)"},
                      Kind{"bytes", "bytes", "K(b'b')"}, Kind{"tuple", "tuple", "K((1,))"},
                      Kind{"list", "list", "K([1])"}, Kind{"dict", "dict", "K(a=1)"},
                      Kind{"set", "set", "K([1])"}, Kind{"frozenset", "frozenset", "K([1])"},
                      Kind{"property", "property", "K(len)"}, Kind{"staticmethod", "staticmethod", "K(len)"},
                      Kind{"classmethod", "classmethod", "K(len)"},
                      Kind{"module", "type(__import__('sys'))", "K('m')"},
                      Kind{"type", "type", "K('C', (), {})"}, Kind{"enumerate", "enumerate", "K('ab')"},
                      Kind{"map", "map", "K(str, [1])"}, Kind{"zip", "zip", "K('a', 'b')"},
                      Kind{"filter", "filter", "K(None, [1])"}, Kind{"reversed", "reversed", "K((1, 2))"}),
    [](const ::testing::TestParamInfo<Kind>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace hotpy
