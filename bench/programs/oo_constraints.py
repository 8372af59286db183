# Objects: an incremental local-propagation constraint solver (the DeltaBlue idea),
# written for hotpy. A class hierarchy of constraints (stay, edit, equality, scale)
# over variables that list the constraints on them; a planner that walks them with
# marks, re-plans when a constraint is added or removed, and runs the plans. Each round
# builds a long equality chain and a set of scale projections and edits them.
ROUNDS = 80
CHAIN = 300
PROJECTIONS = 300

FORWARD, BACKWARD, UNDECIDED = 1, -1, 0


class Strength:
    # A lower rank is stronger; "required" constraints must always hold.
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def is_stronger_than(self, other):
        return self.rank < other.rank

    def is_weaker_than(self, other):
        return self.rank > other.rank

    def next_weaker(self):
        return Strength.ORDER[self.rank + 1]

    def __repr__(self):
        return f"<{self.name}>"


Strength.ORDER = [Strength(rank, name) for rank, name in enumerate(
    ["required", "strong-preferred", "preferred", "strong-default",
     "normal", "weak-default", "weakest"])]
(REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT,
 NORMAL, WEAK_DEFAULT, WEAKEST) = Strength.ORDER


def weakest_of(a, b):
    return a if a.is_weaker_than(b) else b


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
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None

    def __repr__(self):
        return f"Variable({self.name!r}, {self.value})"


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def enable(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def disable(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Pick a way to satisfy this constraint; returns the constraint it overrode."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("a required constraint could not be satisfied")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle in the constraint graph")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, variable, strength):
        super().__init__(planner, strength)
        self.target = variable
        self.satisfied = False
        self.enable()

    def add_to_graph(self):
        self.target.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.target.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        target = self.target
        self.satisfied = (target.mark != mark
                          and self.strength.is_stronger_than(target.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.target

    def recalculate(self):
        target = self.target
        target.walk_strength = self.strength
        target.stay = not self.is_input()
        if target.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its current value unless something stronger moves it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable the user is about to change from outside the solver."""

    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, planner, first, second, strength):
        super().__init__(planner, strength)
        self.first = first
        self.second = second
        self.direction = UNDECIDED

    def add_to_graph(self):
        self.first.attach(self)
        self.second.attach(self)
        self.direction = UNDECIDED

    def remove_from_graph(self):
        self.first.detach(self)
        self.second.detach(self)
        self.direction = UNDECIDED

    def choose_method(self, mark):
        first, second = self.first, self.second
        if first.mark == mark:
            if second.mark != mark and self.strength.is_stronger_than(second.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = UNDECIDED
        elif second.mark == mark:
            if self.strength.is_stronger_than(first.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = UNDECIDED
        elif first.walk_strength.is_weaker_than(second.walk_strength):
            # Overwrite the weaker side when we are allowed to.
            if self.strength.is_stronger_than(first.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = UNDECIDED
        elif self.strength.is_stronger_than(second.walk_strength):
            self.direction = FORWARD
        else:
            self.direction = UNDECIDED

    def is_satisfied(self):
        return self.direction != UNDECIDED

    def mark_unsatisfied(self):
        self.direction = UNDECIDED

    def input(self):
        return self.first if self.direction == FORWARD else self.second

    def output(self):
        return self.second if self.direction == FORWARD else self.first

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner, first, second, strength):
        super().__init__(planner, first, second, strength)
        self.enable()

    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """second = first * scale + offset, solvable in either direction."""

    def __init__(self, planner, source, scale, offset, dest, strength):
        super().__init__(planner, source, dest, strength)
        self.scale = scale
        self.offset = offset
        self.enable()

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.second.value = self.first.value * self.scale.value + self.offset.value
        else:
            self.first.value = (self.second.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def append(self, constraint):
        self.steps.append(constraint)

    def __len__(self):
        return len(self.steps)

    def run(self):
        for step in self.steps:
            step.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for candidate in unsatisfied:
                if candidate.strength is strength:
                    self.incremental_add(candidate)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def plan_for(self, sources):
        mark = self.new_mark()
        plan = Plan()
        pending = list(sources)
        while pending:
            constraint = pending.pop(0)
            out = constraint.output()
            if out.mark != mark and constraint.inputs_known(mark):
                plan.append(constraint)
                out.mark = mark
                self.collect_consumers(out, pending)
        return plan

    def plan_from_inputs(self, constraints):
        return self.plan_for([c for c in constraints if c.is_input() and c.is_satisfied()])

    def add_propagate(self, constraint, mark):
        pending = [constraint]
        while pending:
            current = pending.pop()
            if current.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            current.recalculate()
            self.collect_consumers(current.output(), pending)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        pending = [out]
        while pending:
            variable = pending.pop()
            for constraint in variable.constraints:
                if not constraint.is_satisfied():
                    unsatisfied.append(constraint)
            determining = variable.determined_by
            for constraint in variable.constraints:
                if constraint is not determining and constraint.is_satisfied():
                    constraint.recalculate()
                    pending.append(constraint.output())
        return unsatisfied

    def collect_consumers(self, variable, into):
        determining = variable.determined_by
        for constraint in variable.constraints:
            if constraint is not determining and constraint.is_satisfied():
                into.append(constraint)


def chain_round(n, round_no):
    """A chain v0 = v1 = ... = vn, held at the end, edited at the start."""
    planner = Planner()
    variables = [Variable(f"v{i}") for i in range(n + 1)]
    for left, right in zip(variables, variables[1:]):
        EqualityConstraint(planner, left, right, REQUIRED)
    first, last = variables[0], variables[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_from_inputs([edit])
    total = 0
    for value in range(100):
        first.value = value + round_no
        plan.run()
        total += last.value
    return total, len(plan)


def edit_to(planner, variable, value, times=10):
    edit = EditConstraint(planner, variable, PREFERRED)
    plan = planner.plan_from_inputs([edit])
    for _ in range(times):
        variable.value = value
        plan.run()
    edit.disable()


def projection_round(n, round_no):
    """dest_i = src_i * scale + offset for n pairs sharing scale and offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, dests = [], []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    checksum = 0
    edit_to(planner, sources[0], 17 + round_no)
    checksum += dests[0].value
    edit_to(planner, dests[0], 1050)
    checksum += sources[0].value
    edit_to(planner, scale, 5)
    checksum += sum(d.value for d in dests)
    edit_to(planner, offset, 2000)
    checksum += sum(d.value for d in dests)
    return checksum


def main():
    chain_total = 0
    plan_lengths = 0
    projection_total = 0
    for round_no in range(ROUNDS):
        total, length = chain_round(CHAIN, round_no)
        chain_total += total
        plan_lengths += length
        projection_total += projection_round(PROJECTIONS, round_no)
    print(chain_total, plan_lengths, projection_total)


main()
