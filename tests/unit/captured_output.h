// What a call writes to the process's stdout and stderr (file descriptors 1 and 2, so
// also what the runtime writes without going through sys.stdout).
#pragma once
#include <unistd.h>

#include <cstdio>
#include <string>

struct CapturedOutput {
  std::string out, err;
};

template <class F>
CapturedOutput capture_output(F&& f) {
  fflush(stdout);
  fflush(stderr);
  FILE* files[2] = {tmpfile(), tmpfile()};
  int saved[2] = {dup(1), dup(2)};
  dup2(fileno(files[0]), 1);
  dup2(fileno(files[1]), 2);
  f();
  fflush(stdout);
  fflush(stderr);
  std::string text[2];
  for (int i = 0; i < 2; i++) {
    dup2(saved[i], i + 1);
    close(saved[i]);
    rewind(files[i]);
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, files[i])) > 0;) text[i].append(buf, n);
    fclose(files[i]);
  }
  return {text[0], text[1]};
}
