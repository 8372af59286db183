// What the importer records for hot reload: the source bytes each module last ran (as a
// hash: a content change is seen even within the file system's timestamp granularity,
// and a file touched without an edit is not changed), who imported whom, and the order
// modules were first imported; and the orders computed from them.
#include <algorithm>
#include <functional>
#include <queue>
#include <string_view>
#include <unordered_set>

#include "modules/hotreload.h"
#include "modules/import.h"
#include "modules/modules_state.h"
#include "objects/module.h"
#include "objects/str.h"
#include "parse/source_file.h"

namespace hotpy {

HotReloadState& hot_state() {
  ModulesState& m = modules_state();
  if (!m.hot) m.hot = new HotReloadState();
  return *m.hot;
}

void free_hot_state() {
  // Detached first: a __del__ the callbacks' release runs may import (and record) again.
  HotReloadState* h = modules_state().hot;
  modules_state().hot = nullptr;
  delete h;
}

static uint64_t content_hash(std::string_view bytes) { return std::hash<std::string_view>()(bytes); }

SourceRecord& record_source_run(const std::string& name, const std::string& path, std::string_view source) {
  SourceRecord& r = hot_state().sources[name];
  r.path = path;
  r.hash = content_hash(source);
  r.size = source.size();
  return r;
}

void record_first_import(const std::string& name) {
  HotReloadState& h = hot_state();
  h.first_import.try_emplace(name, ++h.import_count);
}

void record_import(DictObject* globals, const std::string& name) {
  if (!globals) return;
  Value importer = dict_get_str(globals, intern("__name__"));
  if (!is_str(importer)) return;
  const std::string& from = as_str(importer)->m_data;
  if (from == name) return;
  // An import statement runs again and again (in a function, a loop): one lookup of
  // the pair is all it costs after the first time.
  HotReloadState& h = hot_state();
  std::string edge;
  edge.reserve(from.size() + 1 + name.size());
  edge.append(from).push_back('\n');
  edge.append(name);
  if (!h.import_edges.insert(std::move(edge)).second) return;
  h.imports[from].push_back(name);
  h.importers[name].push_back(from);
}

std::vector<std::string> direct_dependents(const std::string& name) {
  HotReloadState& h = hot_state();
  auto it = h.importers.find(name);
  return it == h.importers.end() ? std::vector<std::string>() : it->second;
}

// The module sys.modules holds under `name`, if it ran from a source file it still
// names (a module replaced in sys.modules, or one without source, is not reloaded here).
static bool reloadable(const std::string& name) {
  if (name == "__main__") return false;  // a program's main module (-m) is not reloaded under it
  HotReloadState& h = hot_state();
  auto it = h.sources.find(name);
  if (it == h.sources.end()) return false;
  Value m = dict_get(sys_modules(), new_str(name));
  if (m.is_null() || !is_module(m)) return false;
  Value file = dict_get_str(m.as<ModuleObject>()->m_dict, intern("__file__"));
  return is_str(file) && as_str(file)->m_data == it->second.path;
}

static uint64_t first_import_of(const std::string& name) {
  HotReloadState& h = hot_state();
  auto it = h.first_import.find(name);
  return it == h.first_import.end() ? UINT64_MAX : it->second;
}

// Orders `set` so that a module comes after the modules it imports: the strongly
// connected components (Tarjan) of the import graph restricted to the set, a component
// after the components it imports, the earliest first-imported first among those ready;
// inside a cycle, in the order its modules were first imported.
static std::vector<std::string> dependency_order(const std::vector<std::string>& set) {
  HotReloadState& h = hot_state();
  std::unordered_map<std::string, size_t> index_of;
  for (size_t i = 0; i < set.size(); i++) index_of.emplace(set[i], i);
  size_t n = set.size();
  std::vector<std::vector<size_t>> edges(n);  // i imports edges[i]
  for (size_t i = 0; i < n; i++) {
    auto it = h.imports.find(set[i]);
    if (it == h.imports.end()) continue;
    for (const std::string& dep : it->second)
      if (auto j = index_of.find(dep); j != index_of.end() && j->second != i) edges[i].push_back(j->second);
  }
  std::vector<int> index(n, -1), low(n, 0), component(n, -1);
  std::vector<size_t> stack;
  std::vector<bool> on_stack(n, false);
  int counter = 0, ncomponents = 0;
  std::function<void(size_t)> visit = [&](size_t v) {
    index[v] = low[v] = counter++;
    stack.push_back(v);
    on_stack[v] = true;
    for (size_t w : edges[v]) {
      if (index[w] < 0) {
        visit(w);
        low[v] = std::min(low[v], low[w]);
      } else if (on_stack[w]) {
        low[v] = std::min(low[v], index[w]);
      }
    }
    if (low[v] == index[v]) {
      size_t w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack[w] = false;
        component[w] = ncomponents;
      } while (w != v);
      ncomponents++;
    }
  };
  for (size_t v = 0; v < n; v++)
    if (index[v] < 0) visit(v);

  std::vector<std::vector<size_t>> members(ncomponents);
  std::vector<uint64_t> key(ncomponents, UINT64_MAX);
  for (size_t v = 0; v < n; v++) {
    members[component[v]].push_back(v);
    key[component[v]] = std::min(key[component[v]], first_import_of(set[v]));
  }
  // Component c waits for `waiting[c]` components it imports; `unblocks[d]` are those waiting for d.
  std::vector<size_t> waiting(ncomponents, 0);
  std::vector<std::vector<int>> unblocks(ncomponents);
  std::unordered_set<uint64_t> seen_edge;
  for (size_t v = 0; v < n; v++)
    for (size_t w : edges[v]) {
      int c = component[v], d = component[w];
      if (c != d && seen_edge.insert(uint64_t(c) << 32 | uint32_t(d)).second) {
        waiting[c]++;
        unblocks[d].push_back(c);
      }
    }
  using Ready = std::pair<uint64_t, int>;  // (first import, component): smallest first
  std::priority_queue<Ready, std::vector<Ready>, std::greater<Ready>> ready;
  for (int c = 0; c < ncomponents; c++)
    if (waiting[c] == 0) ready.emplace(key[c], c);
  std::vector<std::string> order;
  while (!ready.empty()) {
    int c = ready.top().second;
    ready.pop();
    std::vector<size_t>& m = members[c];
    std::sort(m.begin(), m.end(), [&](size_t a, size_t b) {
      uint64_t fa = first_import_of(set[a]), fb = first_import_of(set[b]);
      return fa != fb ? fa < fb : set[a] < set[b];
    });
    for (size_t v : m) order.push_back(set[v]);
    for (int e : unblocks[c])
      if (--waiting[e] == 0) ready.emplace(key[e], e);
  }
  return order;
}

std::vector<std::string> reload_order(const std::vector<std::string>& roots) {
  // Every module that imports a root, directly or not (through modules that cannot be
  // reloaded too); the roots themselves always.
  HotReloadState& h = hot_state();
  std::unordered_set<std::string> seen(roots.begin(), roots.end());
  std::vector<std::string> todo(roots.begin(), roots.end()), set(roots.begin(), roots.end());
  while (!todo.empty()) {
    std::string name = std::move(todo.back());
    todo.pop_back();
    auto it = h.importers.find(name);
    if (it == h.importers.end()) continue;
    for (const std::string& importer : it->second) {
      if (!seen.insert(importer).second) continue;
      todo.push_back(importer);
      if (reloadable(importer)) set.push_back(importer);
    }
  }
  return dependency_order(set);
}

std::vector<std::string> changed_modules() {
  HotReloadState& h = hot_state();
  std::vector<std::string> changed;
  std::string bytes;
  for (const auto& [name, record] : h.sources) {
    if (!reloadable(name)) continue;
    // A file that is missing or unreadable right now (an editor replacing it) is not a
    // change: there is nothing new to run yet.
    if (!read_source_file(record.path, bytes)) continue;
    if (bytes.size() != record.size || content_hash(bytes) != record.hash) changed.push_back(name);
  }
  return dependency_order(changed);
}

}  // namespace hotpy
