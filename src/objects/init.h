// Start-up of the object system: each file that defines builtin types has one init
// function that calls type_ready() for them. init_types() runs them in order.
#pragma once

namespace hotpy {

void init_types();            // object.cpp: runs all of the below, once

void init_core_types();       // object.cpp: type, object, NoneType, bool, NotImplemented, ellipsis
void init_int_type();         // int.cpp
void init_float_type();       // float.cpp
void init_complex_type();     // complex.cpp
void init_str_type();         // str.cpp (+ its methods files)
void init_bytes_type();       // bytes.cpp
void init_tuple_list_types(); // tuple.cpp / list.cpp
void init_dict_type();        // dict.cpp (+ views)
void init_set_types();        // set.cpp
void init_iter_types();       // iter.cpp: slice, range, iterators, enumerate, zip, map, filter, reversed
void init_function_types();   // function.cpp
void init_exception_types();  // exceptions.cpp
void init_module_type();      // module.cpp

}  // namespace hotpy
