// Struct sequences with hidden fields (see structseq_type.h).
#include "modules/structseq_type.h"

#include <array>
#include <utility>

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"

namespace hotpy {

StructSeqObject::StructSeqObject(std::vector<Value> visible, std::vector<Value> extra, TypeObject* type)
    : TupleObject(std::move(visible), type), m_extra(std::move(extra)) {}

void StructSeqObject::traverse(Visitor visit, void* arg) {
  TupleObject::traverse(visit, arg);
  for (const Value& v : m_extra)
    if (v.is_obj()) visit(v.obj(), arg);
}

void StructSeqObject::clear() {
  TupleObject::clear();
  std::vector<Value> dropped = std::move(m_extra);
  m_extra.clear();
}

namespace {

struct SeqLayout {
  TypeObject* type;
  std::vector<const char*> fields;
  size_t n_visible;
};
std::vector<SeqLayout> layouts;

const SeqLayout* layout_of(TypeObject* t) {
  for (; t; t = t->m_base)
    for (const SeqLayout& l : layouts)
      if (l.type == t) return &l;
  return nullptr;
}

// Field I of the whole record: the tuple's items, then the hidden ones.
template <size_t I>
Value field_getter(const Value& self) {
  auto* s = self.as<StructSeqObject>();
  size_t n = s->m_items.size();
  if (I < n) return s->m_items[I];
  return I - n < s->m_extra.size() ? s->m_extra[I - n] : Value::none();
}
using Getter = Value (*)(const Value&);
template <size_t... I>
constexpr auto make_getters(std::index_sequence<I...>) {
  return std::array<Getter, sizeof...(I)>{field_getter<I>...};
}
constexpr auto kGetters = make_getters(std::make_index_sequence<24>());

// As CPython: the names shown are the named fields in order, next to the visible items
// (stat_result shows its integer times under the float fields' names).
Value struct_seq_repr(const Value& self) {
  const SeqLayout* l = layout_of(self.type());
  const auto& items = as_tuple(self)->m_items;
  std::vector<const char*> names;
  for (const char* f : l->fields)
    if (*f) names.push_back(f);
  std::string out = self.type()->m_name + "(";
  for (size_t i = 0; i < items.size() && i < names.size(); i++) {
    if (i) out += ", ";
    Value r = repr(items[i]);
    if (r.is_null()) return r;
    out += names[i];
    out += '=';
    out += as_str(r)->m_data;
  }
  return new_str(out + ")");
}

}  // namespace

Value struct_seq_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value bound[2];
  if (!bind_args("structseq", args, nargs, kw, {"sequence", "dict"}, 2, bound)) return Value();
  if (bound[0].is_null()) return raise(&TypeErrorType, "structseq() missing required argument 'sequence' (pos 1)");
  const SeqLayout* l = layout_of(type);
  std::vector<Value> items;
  if (!collect_iterable(bound[0], items)) return Value();
  size_t lo = l->n_visible, hi = l->fields.size();
  const char* name = type->m_name.c_str();
  if (items.size() < lo || items.size() > hi) {
    if (lo == hi)
      return raise(&TypeErrorType, format("%s() takes a %zu-sequence (%zu-sequence given)", name, lo, items.size()));
    bool few = items.size() < lo;
    return raise(&TypeErrorType, format("%s() takes an %s %zu-sequence (%zu-sequence given)", name,
                                        few ? "at least" : "at most", few ? lo : hi, items.size()));
  }
  DictObject* d = nullptr;
  if (!bound[1].is_null() && !bound[1].is_none()) {
    if (!is_dict(bound[1]))
      return raise(&TypeErrorType, format("%s() takes a dict as second arg, if any", name));
    d = as_dict(bound[1]);
  }
  for (size_t i = items.size(); i < hi; i++) {
    Value v = d ? dict_get_str(d, intern(l->fields[i])) : Value();
    if (v.is_null() && error_pending()) return Value();
    items.push_back(v.is_null() ? Value::none() : v);
  }
  std::vector<Value> extra(items.begin() + lo, items.end());
  items.resize(lo);
  if (type->m_flags & kHeapType)
    return Value::steal(new WithInstanceDict<StructSeqObject>(std::move(items), std::move(extra), type));
  return Value::steal(new StructSeqObject(std::move(items), std::move(extra), type));
}

namespace {

Value struct_seq_reduce(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__reduce__", kw) || !check_nargs("__reduce__", nargs, 1, 1)) return Value();
  auto* s = args[0].as<StructSeqObject>();
  const SeqLayout* l = layout_of(args[0].type());
  Value d = new_dict();
  for (size_t i = 0; i < s->m_extra.size() && l->n_visible + i < l->fields.size(); i++)
    if (dict_set_str(as_dict(d), intern(l->fields[l->n_visible + i]), s->m_extra[i]) < 0) return Value();
  Value visible = new_tuple(s->m_items);
  return new_tuple({Value::borrow(args[0].type()), new_tuple({visible, d})});
}

}  // namespace

void ready_struct_seq_type(TypeObject* type, const char* module, const char* short_name,
                           std::vector<const char*> fields, size_t n_visible) {
  type->m_qualname = short_name;
  type->tp_repr = struct_seq_repr;
  type->tp_new = struct_seq_new;
  type_ready(type, &TupleType, {{"__reduce__", struct_seq_reduce}});
  type_add_value(type, "__module__", interned(module));
  size_t unnamed = 0;
  for (size_t i = 0; i < fields.size(); i++) {
    if (*fields[i])
      type_add_getsets(type, {{fields[i], kGetters[i]}});
    else
      unnamed++;
  }
  type_add_value(type, "n_fields", Value::integer(int64_t(fields.size())));
  type_add_value(type, "n_sequence_fields", Value::integer(int64_t(n_visible)));
  type_add_value(type, "n_unnamed_fields", Value::integer(int64_t(unnamed)));
  layouts.push_back({type, std::move(fields), n_visible});
}

Value new_struct_seq(TypeObject* type, std::vector<Value> all) {
  const SeqLayout* l = layout_of(type);
  std::vector<Value> extra(all.begin() + l->n_visible, all.end());
  all.resize(l->n_visible);
  return Value::steal(new StructSeqObject(std::move(all), std::move(extra), type));
}

}  // namespace hotpy
