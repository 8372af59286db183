// object.__reduce_ex__/__reduce__/__getstate__ (copy and pickle's defaults).
#pragma once

#include "objects/value.h"

namespace hotpy {

// Imports a module by absolute name; the module system sets it (objects cannot
// import, being below it). Used to reach copyreg.
extern Value (*import_module_hook)(const char* name);

// Adds the three methods to object's namespace; called once by object's type_ready.
void add_object_reduce_methods();
// set/frozenset/bytearray/range/slice reductions and the immutable types'
// __getnewargs__; called once all builtin types are ready.
void add_builtin_reduce_methods();

}  // namespace hotpy
