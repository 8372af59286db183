# Memory: an incremental constraint solver in the manner of the DeltaBlue kernel,
# written for hotpy. Variables list the constraints on them and constraints point at
# their variables (and a planner that keeps a registry of them), so every solver is a
# web of cycles; 500 rounds each build two solvers (a chain of equalities, a set of
# scale projections), edit them and drop them. Only the cycle collector frees them:
# peak MiB must not grow with the rounds. An argument sets the number of rounds.
import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 500
SIZE = 100


class Strength:
    # Smaller rank = stronger; REQUIRED constraints must hold.
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def next_weaker(self):
        return STRENGTHS[self.rank + 1]

    def __repr__(self):
        return "Strength(%s)" % self.name


STRENGTHS = [Strength(r, n) for r, n in enumerate(
    ["required", "strong-preferred", "preferred", "strong-default", "normal", "weak-default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


def weaker_of(a, b):
    return a if a.weaker_than(b) else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints = [c for c in self.constraints if c is not constraint]
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def enable(self):
        self.register()
        self.planner.incremental_add(self)
        self.planner.constraints.append(self)

    def disable(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.unregister()

    def is_input(self):
        return False

    # Picks a way to satisfy itself at this mark; returns the constraint it overrode
    # (which the planner then tries to satisfy elsewhere), or None.
    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("a required constraint cannot be satisfied")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.forget()
        out.determined_by = self
        if not self.planner.propagate_from(self, mark):
            raise RuntimeError("the constraints form a cycle")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        super().__init__(planner, strength)
        self.var = var
        self.satisfied = False
        self.enable()

    def register(self):
        self.var.attach(self)

    def unregister(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.var
        self.satisfied = v.mark != mark and self.strength.stronger_than(v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def forget(self):
        self.satisfied = False

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def inputs_known(self, mark):
        return True

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


NONE, FORWARD, BACKWARD = 0, 1, 2


class BinaryConstraint(Constraint):
    def __init__(self, planner, first, second, strength):
        super().__init__(planner, strength)
        self.first = first
        self.second = second
        self.direction = NONE

    def register(self):
        self.first.attach(self)
        self.second.attach(self)

    def unregister(self):
        self.first.detach(self)
        self.second.detach(self)
        self.direction = NONE

    def choose_method(self, mark):
        a, b, s = self.first, self.second, self.strength
        if a.mark == mark:
            ok = b.mark != mark and s.stronger_than(b.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif b.mark == mark:
            ok = a.mark != mark and s.stronger_than(a.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif a.walk_strength.weaker_than(b.walk_strength):
            self.direction = BACKWARD if s.stronger_than(a.walk_strength) else NONE
        else:
            self.direction = FORWARD if s.stronger_than(b.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def forget(self):
        self.direction = NONE

    def source(self):
        return self.first if self.direction == FORWARD else self.second

    def output(self):
        return self.second if self.direction == FORWARD else self.first

    def mark_inputs(self, mark):
        self.source().mark = mark

    def inputs_known(self, mark):
        v = self.source()
        return v.mark == mark or v.stay or v.determined_by is None

    def recalculate(self):
        src, out = self.source(), self.output()
        out.walk_strength = weaker_of(self.strength, src.walk_strength)
        out.stay = self.sources_stay()
        if out.stay:
            self.execute()

    def sources_stay(self):
        return self.source().stay


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner, first, second, strength):
        super().__init__(planner, first, second, strength)
        self.enable()

    def execute(self):
        self.output().value = self.source().value


class ScaleConstraint(BinaryConstraint):
    # second = first * scale + offset, or the other way round.
    def __init__(self, planner, first, scale, offset, second, strength):
        super().__init__(planner, first, second, strength)
        self.scale = scale
        self.offset = offset
        self.enable()

    def register(self):
        super().register()
        self.scale.attach(self)
        self.offset.attach(self)

    def unregister(self):
        super().unregister()
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def sources_stay(self):
        return self.source().stay and self.scale.stay and self.offset.stay

    def execute(self):
        if self.direction == FORWARD:
            self.second.value = self.first.value * self.scale.value + self.offset.value
        else:
            self.first.value = (self.second.value - self.offset.value) // self.scale.value


class Plan:
    def __init__(self):
        self.steps = []

    def run(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0
        self.constraints = []   # every constraint made: a registry, and more cycles
        self.executed = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.forget()
        c.unregister()
        orphans = self.unpropagate(out)
        strength = REQUIRED
        while strength is not WEAKEST:
            for u in orphans:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()

    # Recomputes walk strengths downstream of c's output; False when the walk comes
    # back to a variable already determined at this mark (a cycle).
    def propagate_from(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.consumers_of(d.output(), todo)
        return True

    def unpropagate(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        orphans = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    orphans.append(c)
            for c in v.constraints:
                if c is not v.determined_by and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return orphans

    def consumers_of(self, v, into):
        for c in v.constraints:
            if c is not v.determined_by and c.is_satisfied():
                into.append(c)

    def plan_from(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        i = 0
        while i < len(todo):
            c = todo[i]
            i += 1
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                out.mark = mark
                self.consumers_of(out, todo)
        return plan

    def plan_for_inputs(self, constraints):
        return self.plan_from([c for c in constraints if c.is_input() and c.is_satisfied()])

    def edit(self, var, value, times=10):
        editor = EditConstraint(self, var, PREFERRED)
        plan = self.plan_for_inputs([editor])
        for _ in range(times):
            var.value = value
            plan.run()
            self.executed += len(plan.steps)
        editor.disable()


def chain(n):
    planner = Planner()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(vs, vs[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    StayConstraint(planner, vs[-1], STRONG_DEFAULT)
    editor = EditConstraint(planner, vs[0], PREFERRED)
    plan = planner.plan_for_inputs([editor])
    check = 0
    for i in range(50):
        vs[0].value = i
        plan.run()
        if vs[-1].value != i:
            raise AssertionError("chain: %d != %d" % (vs[-1].value, i))
        check += vs[-1].value + len(plan.steps)
    return check + planner.current_mark


def projection(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, dests = [], []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    planner.edit(sources[0], 17)
    if dests[0].value != 1170:
        raise AssertionError("projection 1: %d" % dests[0].value)
    planner.edit(dests[0], 1050)
    if sources[0].value != 5:
        raise AssertionError("projection 2: %d" % sources[0].value)
    planner.edit(scale, 5)
    for i in range(1, n):
        if dests[i].value != i * 5 + 1000:
            raise AssertionError("projection 3: %d" % i)
    planner.edit(offset, 2000)
    for i in range(1, n):
        if dests[i].value != i * 5 + 2000:
            raise AssertionError("projection 4: %d" % i)
    return planner.executed + planner.current_mark + sum(d.value for d in dests)


def main():
    total = 0
    for r in range(ROUNDS):
        total += chain(SIZE + r % 7) + projection(SIZE + r % 5)
    print(total)


main()
