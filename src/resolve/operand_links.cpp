// Pass 4 of the resolver: operand links. An AST walker reads an operand by visiting
// its node: a load of the child's kind, then of its slot, then of the frame, each
// waiting on the one before, and the child's node is one more cache line the walk
// keeps warm. A bytecode interpreter finds LOAD_FAST's slot in the instruction it is
// already reading. Here a parent that reads a plain local (a Name the classifier made
// Fast) keeps the local's slot in a field of its own, in the cache line the
// evaluator reads anyway; the child node stays, for everything else (unbound locals,
// error positions, ast.dump).
#include <iterator>

#include "resolve/symtable.h"

namespace hotpy::resolver {
namespace {

// The value of an int constant a Value holds inline, or 0.
int64_t inline_int(const ast::Expr* e) {
  if (!e || e->kind != ast::Kind::Constant) return 0;
  const Value& v = static_cast<const ast::Constant*>(e)->value;
  return v.is_int() ? v.as_int() : 0;
}

// The slot of a plain local (read, or stored when `ctx` says so), or -1.
int32_t fast_slot(const ast::Expr* e, ast::Ctx ctx = ast::Ctx::Load) {
  if (!e || e->kind != ast::Kind::Name) return -1;
  auto* n = static_cast<const ast::Name*>(e);
  return n->scope == ast::NameScope::Fast && n->ctx == ctx ? n->slot : -1;
}

}  // namespace

void link_operands(ast::Unit& unit) {
  using ast::Kind;
  for (ast::Node* node : unit.nodes) {
    switch (node->kind) {
      case Kind::Attribute: {
        auto* a = static_cast<ast::Attribute*>(node);
        a->value_slot = fast_slot(a->value);
        break;
      }
      case Kind::For: {
        auto* s = static_cast<ast::For*>(node);
        s->target_slot = fast_slot(s->target, ast::Ctx::Store);
        break;
      }
      case Kind::ListComp:
      case Kind::SetComp:
      case Kind::DictComp:
      case Kind::GeneratorExp:
        for (ast::Comprehension& g : static_cast<ast::Comp*>(node)->generators)
          g.target_slot = fast_slot(g.target, ast::Ctx::Store);
        break;
      case Kind::BinOp: {
        auto* b = static_cast<ast::BinOpExpr*>(node);
        b->left_slot = fast_slot(b->left);
        b->right_slot = fast_slot(b->right);
        b->right_int = inline_int(b->right);
        break;
      }
      case Kind::Compare: {
        auto* c = static_cast<ast::Compare*>(node);
        if (c->ops.empty() || c->comparators.empty()) break;
        c->first_op = c->ops[0];
        c->first_comparator = c->comparators[0];
        c->left_slot = fast_slot(c->left);
        c->right_slot = fast_slot(c->comparators[0]);
        c->right_int = inline_int(c->comparators[0]);
        break;
      }
      case Kind::Subscript: {
        auto* s = static_cast<ast::Subscript*>(node);
        s->value_slot = fast_slot(s->value);
        s->slice_slot = fast_slot(s->slice);
        break;
      }
      case Kind::Assign: {
        auto* a = static_cast<ast::Assign*>(node);
        if (a->targets.size() == 1) {
          a->only_target = a->targets[0];
          a->target_slot = fast_slot(a->only_target, ast::Ctx::Store);
        }
        break;
      }
      case Kind::AugAssign: {
        auto* a = static_cast<ast::AugAssign*>(node);
        a->target_slot = fast_slot(a->target, ast::Ctx::Store);
        a->value_slot = fast_slot(a->value);
        break;
      }
      case Kind::Tuple:
      case Kind::List: {
        auto* t = static_cast<ast::Sequence*>(node);
        if (t->ctx != ast::Ctx::Store || t->elts.empty() || t->elts.size() > std::size(t->store_slots)) break;
        uint8_t n = 0;
        for (const ast::Expr* e : t->elts) {
          int32_t slot = fast_slot(e, ast::Ctx::Store);
          if (slot < 0 || slot >= 255) break;
          t->store_slots[n++] = uint8_t(slot);
        }
        if (n == t->elts.size()) t->n_store_slots = n;
        break;
      }
      case Kind::Return: {
        auto* r = static_cast<ast::Return*>(node);
        r->value_slot = fast_slot(r->value);
        break;
      }
      default:
        break;
    }
  }
}

}  // namespace hotpy::resolver
