# Objects: a toy operating-system scheduler in the manner of the Richards kernel,
# written for hotpy. Task objects of four kinds (idle, worker, two handlers, two
# devices) in priority order, packet objects passed between them through per-task
# queues, and a scheduler whose primitives (send, wait, hold, release) pick the task
# to run next. The counts of packets sent and tasks held are the checksum.
RUNS = 40
IDLE_STEPS = 5000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK, DEVICE = "work", "device"
PAYLOAD = 4
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Packet:
    def __init__(self, kind, owner):
        self.kind = kind
        self.owner = owner
        self.cursor = 0
        self.data = [0] * PAYLOAD

    def __repr__(self):
        return f"Packet({self.kind}, owner={self.owner}, cursor={self.cursor})"


class Task:
    def __init__(self, scheduler, ident, priority, packets=(), waiting=False):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = list(packets)
        self.waiting = waiting
        self.held = False
        self.next = None        # the next task in priority order

    @property
    def runnable(self):
        return not self.held and not (self.waiting and not self.queue)

    def take_packet(self):
        """The packet to run with: the first queued one if the task waits for it."""
        if self.waiting and self.queue:
            self.waiting = False
            return self.queue.pop(0)
        return None

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    """Wakes the devices in a pseudo-random order until its steps run out."""

    def __init__(self, scheduler, steps):
        super().__init__(scheduler, IDLE, 0)
        self.bits = 1
        self.steps = steps

    def run(self, packet):
        self.steps -= 1
        if self.steps == 0:
            return self.scheduler.hold_current()
        if self.bits & 1:
            self.bits = (self.bits >> 1) ^ 0xD008
            return self.scheduler.release(DEVICE_B)
        self.bits >>= 1
        return self.scheduler.release(DEVICE_A)


class WorkerTask(Task):
    """Fills work packets with letters and hands them to the two handlers in turn."""

    def __init__(self, scheduler, packets):
        super().__init__(scheduler, WORKER, 1000, packets, waiting=True)
        self.target = HANDLER_B
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.target = HANDLER_A if self.target == HANDLER_B else HANDLER_B
        packet.cursor = 0
        for i in range(PAYLOAD):
            packet.data[i] = ALPHABET[self.letter]
            self.letter = (self.letter + 1) % len(ALPHABET)
        return self.scheduler.send(packet, self.target)


class HandlerTask(Task):
    """Copies the letters of work packets, one per device packet, to its device."""

    def __init__(self, scheduler, ident, priority, device, packets):
        super().__init__(scheduler, ident, priority, packets, waiting=True)
        self.device = device
        self.work = []
        self.free_device_packets = []

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work.append(packet)
            else:
                self.free_device_packets.append(packet)
        if self.work:
            job = self.work[0]
            if job.cursor >= len(job.data):
                self.work.pop(0)
                return self.scheduler.send(job, WORKER)
            if self.free_device_packets:
                carrier = self.free_device_packets.pop(0)
                carrier.data[0] = job.data[job.cursor]
                job.cursor += 1
                return self.scheduler.send(carrier, self.device)
        return self.scheduler.wait()


class DeviceTask(Task):
    """Holds one packet until the idle task releases it, then returns it."""

    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, waiting=True)
        self.busy_with = None

    def run(self, packet):
        scheduler = self.scheduler
        if packet is None:
            if self.busy_with is None:
                return scheduler.wait()
            done, self.busy_with = self.busy_with, None
            return scheduler.send(done, done.owner)
        self.busy_with = packet
        scheduler.output.append(packet.data[0])
        return scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.current = None
        self.sent = 0
        self.holds = 0
        self.output = []

    def add(self, task):
        self.tasks[task.ident] = task
        ordered = sorted(self.tasks.values(), key=lambda t: t.priority, reverse=True)
        for higher, lower in zip(ordered, ordered[1:]):
            higher.next = lower
        ordered[-1].next = None
        self.first = ordered[0]
        return task

    def run(self):
        task = self.first
        while task is not None:
            if task.runnable:
                self.current = task
                task = task.run(task.take_packet())
            else:
                task = task.next

    # The primitives a running task calls; each returns the task to run next.
    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet, ident):
        task = self.tasks[ident]
        self.sent += 1
        packet.owner = self.current.ident
        task.queue.append(packet)
        if len(task.queue) == 1 and task.priority > self.current.priority:
            return task
        return self.current


def simulate(steps):
    scheduler = Scheduler()
    scheduler.add(IdleTask(scheduler, steps))
    scheduler.add(WorkerTask(scheduler, [Packet(WORK, IDLE), Packet(WORK, IDLE)]))
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        packets = [Packet(DEVICE, device) for _ in range(3)]
        scheduler.add(HandlerTask(scheduler, handler, priority, device, packets))
        scheduler.add(DeviceTask(scheduler, device, priority + 2000))
    scheduler.run()
    return scheduler


def main():
    sent = holds = 0
    letters = {}
    for run in range(RUNS):
        scheduler = simulate(IDLE_STEPS + run)
        sent += scheduler.sent
        holds += scheduler.holds
        for letter in scheduler.output:
            letters[letter] = letters.get(letter, 0) + 1
    spread = "".join(sorted(letters, key=lambda k: (-letters[k], k)))[:8]
    print(sent, holds, sum(letters.values()), spread)


main()
