// re.Match's methods and attributes (the object is declared in re_internal.h, where
// sub and expand read it too).
#include "modules/re_internal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject MatchType("re.Match");

MatchObject::MatchObject() : Object(&MatchType) {}

namespace {

MatchObject* mo(const Value& v) { return v.as<MatchObject>(); }

// The group that closed last (CPython's lastindex): among the groups that end
// furthest, the one whose ')' comes last in the pattern.
int last_index(PatternObject* p, const std::vector<size_t>& ov) {
  int best = -1;
  for (int g = 1; g <= p->m_groups; g++) {
    size_t end = ov[2 * size_t(g) + 1];
    if (ov[2 * size_t(g)] == PCRE2_UNSET) continue;
    if (best < 0 || end > ov[2 * size_t(best) + 1] ||
        (end == ov[2 * size_t(best) + 1] && p->m_close_rank[size_t(g)] > p->m_close_rank[size_t(best)]))
      best = g;
  }
  return best;
}

Value group_value(MatchObject* m, int g, const Value& dflt) {
  size_t b = m->m_bytes[2 * size_t(g)];
  if (b == PCRE2_UNSET) return dflt;
  return m->m_subject.slice(b, m->m_bytes[2 * size_t(g) + 1]);
}

bool index_for(MatchObject* m, const Value& key, int* g) { return group_index(m->pattern(), key, g); }

Value match_group(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("group", kw)) return Value();
  MatchObject* m = mo(args[0]);
  if (nargs == 1) return group_value(m, 0, Value::none());
  std::vector<Value> out;
  for (size_t i = 1; i < nargs; i++) {
    int g;
    if (!index_for(m, args[i], &g)) return Value();
    if (nargs == 2) return group_value(m, g, Value::none());
    out.push_back(group_value(m, g, Value::none()));
  }
  return new_tuple(std::move(out));
}

Value match_getitem(const Value& self, const Value& key) {
  int g;
  if (!index_for(mo(self), key, &g)) return Value();
  return group_value(mo(self), g, Value::none());
}

Value match_groups(const Value* args, size_t nargs, KwNames* kw) {
  Value dflt;
  if (!bind_args("groups", args + 1, nargs - 1, kw, {"default"}, 1, &dflt)) return Value();
  if (dflt.is_null()) dflt = Value::none();
  MatchObject* m = mo(args[0]);
  std::vector<Value> out;
  for (int g = 1; g <= m->groups(); g++) out.push_back(group_value(m, g, dflt));
  return new_tuple(std::move(out));
}

Value match_groupdict(const Value* args, size_t nargs, KwNames* kw) {
  Value dflt;
  if (!bind_args("groupdict", args + 1, nargs - 1, kw, {"default"}, 1, &dflt)) return Value();
  if (dflt.is_null()) dflt = Value::none();
  MatchObject* m = mo(args[0]);
  Value d = new_dict();
  PatternObject* p = m->pattern();
  // In the order the names were defined, which the groupindex dict keeps.
  DictObject* index = as_dict(p->m_groupindex);
  Value items = get_iter(p->m_groupindex);
  if (items.is_null()) return Value();
  for (Value name = iter_next(items); !name.is_null(); name = iter_next(items)) {
    Value g = dict_get(index, name);
    if (dict_set(as_dict(d), name, group_value(m, int(g.as_int()), dflt)) < 0) return Value();
  }
  if (error_pending()) return Value();
  return d;
}

// The group of span/start/end's optional argument.
bool span_group(const char* fname, const Value* args, size_t nargs, KwNames* kw, int* g) {
  if (!no_keywords(fname, kw) || !check_nargs(fname, nargs - 1, 0, 1)) return false;
  *g = 0;
  return nargs < 2 || index_for(mo(args[0]), args[1], g);
}

Value match_start(const Value* args, size_t nargs, KwNames* kw) {
  int g;
  if (!span_group("start", args, nargs, kw, &g)) return Value();
  return Value::integer(mo(args[0])->m_indexes[2 * size_t(g)]);
}
Value match_end(const Value* args, size_t nargs, KwNames* kw) {
  int g;
  if (!span_group("end", args, nargs, kw, &g)) return Value();
  return Value::integer(mo(args[0])->m_indexes[2 * size_t(g) + 1]);
}
Value span_of(MatchObject* m, int g) {
  return new_tuple({Value::integer(m->m_indexes[2 * size_t(g)]), Value::integer(m->m_indexes[2 * size_t(g) + 1])});
}
Value match_span(const Value* args, size_t nargs, KwNames* kw) {
  int g;
  if (!span_group("span", args, nargs, kw, &g)) return Value();
  return span_of(mo(args[0]), g);
}

Value match_expand(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("expand", kw) || !check_nargs("expand", nargs - 1, 1, 1)) return Value();
  return match_expand_template(args[0], args[1]);
}

Value match_copy(const Value* args, size_t, KwNames*) { return args[0]; }

Value get_string(const Value& self) { return mo(self)->m_subject.obj; }
Value get_re(const Value& self) { return mo(self)->m_pattern; }
Value get_pos(const Value& self) { return Value::integer(mo(self)->m_pos); }
Value get_endpos(const Value& self) { return Value::integer(mo(self)->m_endpos); }
Value get_lastindex(const Value& self) {
  int g = mo(self)->m_lastindex;
  return g < 0 ? Value::none() : Value::integer(g);
}
Value get_lastgroup(const Value& self) {
  MatchObject* m = mo(self);
  if (m->m_lastindex < 0) return Value::none();
  const std::string& name = m->pattern()->m_group_names[size_t(m->m_lastindex)];
  return name.empty() ? Value::none() : new_str(name);
}
Value get_regs(const Value& self) {
  MatchObject* m = mo(self);
  std::vector<Value> spans;
  for (int g = 0; g <= m->groups(); g++) spans.push_back(span_of(m, g));
  return new_tuple(std::move(spans));
}

Value match_repr(const Value& self) {
  MatchObject* m = mo(self);
  Value text = repr(group_value(m, 0, Value::none()));
  if (text.is_null()) return Value();
  return new_str(format("<re.Match object; span=(%lld, %lld), match=", (long long)m->m_indexes[0],
                        (long long)m->m_indexes[1]) +
                 std::string(as_str(text)->view()) + ">");
}

int match_bool(const Value&) { return 1; }

}  // namespace

bool group_index(PatternObject* p, const Value& key, int* out) {
  int64_t g = -1;
  if (is_str(key)) {
    Value v = dict_get(as_dict(p->m_groupindex), key);
    if (!v.is_null()) g = v.as_int();
    else if (error_pending()) return false;
  } else if (!is_type(key, &FloatType) && !index_value(key, &g)) {
    clear_error();
    g = -1;
  }
  if (g < 0 || g > p->m_groups) {
    raise(&IndexErrorType, "no such group");
    return false;
  }
  *out = int(g);
  return true;
}

Value new_match(PatternObject* p, Subject& s, const std::vector<size_t>& ovector, int64_t pos, int64_t endpos) {
  auto* m = new MatchObject();
  Value result = Value::steal(m);
  m->m_pattern = Value::borrow(p);
  m->m_subject = s;
  m->m_bytes = ovector;
  m->m_indexes.resize(ovector.size());
  for (size_t k = 0; k < ovector.size(); k++)
    m->m_indexes[k] = ovector[k] == PCRE2_UNSET ? -1 : s.index_of(ovector[k]);
  // The subject's cursor moved forward: keep it for the next match of a scan.
  m->m_pos = pos;
  m->m_endpos = endpos;
  m->m_lastindex = last_index(p, ovector);
  return result;
}

void init_match_type() {
  MatchType.m_qualname = "Match";
  MatchType.tp_repr = match_repr;
  MatchType.tp_getitem = match_getitem;
  MatchType.tp_bool = match_bool;
  MatchType.tp_getattr = generic_getattr;
  type_ready(&MatchType, &ObjectType,
             {{"group", match_group},
              {"groups", match_groups},
              {"groupdict", match_groupdict},
              {"start", match_start},
              {"end", match_end},
              {"span", match_span},
              {"expand", match_expand},
              {"__copy__", match_copy},
              {"__deepcopy__", match_copy}});
  type_add_getsets(&MatchType, {{"string", get_string},
                                {"re", get_re},
                                {"pos", get_pos},
                                {"endpos", get_endpos},
                                {"lastindex", get_lastindex},
                                {"lastgroup", get_lastgroup},
                                {"regs", get_regs}});
  type_add_value(&MatchType, "__module__", interned("re"));
  type_add_class_getitem(&MatchType);
}

}  // namespace hotpy
