// Teardown at exit: finalize_runtime() empties every module, so the classes and
// objects only modules kept alive are freed before static destructors run, and a
// builtin type never loses the subclass list a dying class still updates.
// (Its own executable: after finalization this process runs no more Python, so
// the test that finalizes comes last.)
#include <gtest/gtest.h>

#include <string>

#include "runtime/runtime.h"
#include "eval/eval.h"
#include "objects/int.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "resolve/compile.h"

namespace hotpy {
namespace {

bool has_subclass(TypeObject* base, const std::string& name) {
  for (TypeObject* t : base->subclasses())
    if (t->m_name == name) return true;
  return false;
}

// A class that is still alive when builtin types are destroyed at exit (held by a
// C++ static here) must find its base's subclass list intact: under AddressSanitizer
// the process exit of this test is the check.
Value survivor;

TEST(Teardown, AClassAliveAtExitOutlivesItsBuiltinBase) {
  init_runtime({""}, "");
  auto unit = compile_source("class Late(int):\n    pass\n", "<test>", ast::Mode::File);
  ASSERT_TRUE(unit);
  Value module = new_module("late");
  ASSERT_FALSE(run_unit(unit, module.as<ModuleObject>()->m_dict).is_null());
  survivor = dict_get_str(module.as<ModuleObject>()->m_dict, intern("Late"));
  EXPECT_TRUE(has_subclass(&IntType, "Late"));
}

TEST(Teardown, FinalizationFreesWhatModulesHeld) {
  init_runtime({""}, "");
  auto unit = compile_source(
      "class Number(int):\n    pass\n"
      "class Failure(Exception):\n    pass\n"
      "def helper():\n    return Number(1)\n"
      "kept = [Number(2), Failure('x'), helper]\n",
      "<test>", ast::Mode::File);
  ASSERT_TRUE(unit);
  ASSERT_FALSE(run_unit(unit, main_globals()).is_null());
  ASSERT_TRUE(has_subclass(&IntType, "Number"));
  ASSERT_TRUE(has_subclass(&ExceptionType, "Failure"));
  finalize_runtime();
  EXPECT_FALSE(has_subclass(&IntType, "Number"));
  EXPECT_FALSE(has_subclass(&ExceptionType, "Failure"));
  finalize_runtime();  // idempotent (it is also registered with atexit)
}

}  // namespace
}  // namespace hotpy
