// The codec registry's entry points for str.encode / bytes.decode (str_codecs.cpp):
// set by the _codecs module (modules/codecs_module.cpp), so that the encodings and
// error handlers str_codecs.cpp does not know itself go through the registry.
#pragma once
#include <string_view>

#include "objects/str.h"

namespace hotpy {

extern Value (*codec_registry_encode)(const StrObject* s, std::string_view encoding, std::string_view errors);
extern Value (*codec_registry_decode)(std::string_view data, std::string_view encoding, std::string_view errors);

}  // namespace hotpy
