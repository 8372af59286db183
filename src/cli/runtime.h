// Start-up and running the __main__ module: what the command line (and later the
// REPL and embedding hosts) share.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace hotpy {

constexpr const char* kVersion = "0.1.0";
constexpr size_t kMainStackSize = size_t(512) << 20;

// Initialises the runtime once (types, builtins, sys) with sys.argv = argv.
void init_runtime(const std::vector<std::string>& argv, const std::string& path0);
// Runs `source` as the __main__ module; returns the process exit status.
int run_main_source(const std::string& source, const std::string& filename, const std::vector<std::string>& argv,
                    const std::string& path0);
// Runs a script file as __main__ (its folder first on sys.path).
int run_main_file(const std::string& path, const std::vector<std::string>& argv);

}  // namespace hotpy
