# Objects: an Othello (Reversi) engine with Monte Carlo move choice, written for
# hotpy. A board of square objects that each know the rays of squares in the eight
# directions; legal-move search and flipping are nested loops over those lists. A
# Monte Carlo player scores each legal move by random playouts from a copied board
# (a seeded generator written here) and plays games against a greedy player.
GAMES = 3
PLAYOUTS_PER_MOVE = 6
SIZE = 8

EMPTY, BLACK, WHITE = ".", "X", "O"
DIRECTIONS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def opponent(colour):
    return WHITE if colour == BLACK else BLACK


class Random:
    """A linear congruential generator: the same numbers under every Python."""

    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8

    def below(self, n):
        return self.next() % n

    def choice(self, items):
        return items[self.below(len(items))]

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


class Square:
    def __init__(self, row, col):
        self.row = row
        self.col = col
        self.index = row * SIZE + col
        self.colour = EMPTY
        self.rays = []          # for each direction, the squares out to the edge

    def __repr__(self):
        return "abcdefgh"[self.col] + str(self.row + 1)


class Board:
    def __init__(self):
        self.squares = [Square(r, c) for r in range(SIZE) for c in range(SIZE)]
        for square in self.squares:
            for dr, dc in DIRECTIONS:
                ray = []
                r, c = square.row + dr, square.col + dc
                while 0 <= r < SIZE and 0 <= c < SIZE:
                    ray.append(self.squares[r * SIZE + c])
                    r += dr
                    c += dc
                if ray:
                    square.rays.append(ray)
        middle = SIZE // 2
        self.at(middle - 1, middle - 1).colour = WHITE
        self.at(middle, middle).colour = WHITE
        self.at(middle - 1, middle).colour = BLACK
        self.at(middle, middle - 1).colour = BLACK

    def at(self, row, col):
        return self.squares[row * SIZE + col]

    def copy_from(self, other):
        for mine, theirs in zip(self.squares, other.squares):
            mine.colour = theirs.colour

    def flips(self, square, colour):
        """The squares that playing colour on square would turn over."""
        if square.colour != EMPTY:
            return []
        other = opponent(colour)
        turned = []
        for ray in square.rays:
            line = []
            for step in ray:
                if step.colour == other:
                    line.append(step)
                    continue
                if step.colour == colour and line:
                    turned.extend(line)
                break
        return turned

    def is_legal(self, square, colour):
        if square.colour != EMPTY:
            return False
        other = opponent(colour)
        for ray in square.rays:
            seen_other = False
            for step in ray:
                if step.colour == other:
                    seen_other = True
                elif step.colour == colour and seen_other:
                    return True
                else:
                    break
        return False

    def legal_moves(self, colour):
        return [sq for sq in self.squares if self.is_legal(sq, colour)]

    def play(self, square, colour):
        turned = self.flips(square, colour)
        square.colour = colour
        for step in turned:
            step.colour = colour
        return len(turned)

    def count(self, colour):
        return sum(1 for sq in self.squares if sq.colour == colour)

    def empties(self):
        return [sq for sq in self.squares if sq.colour == EMPTY]

    def __str__(self):
        return "\n".join("".join(sq.colour for sq in self.squares[r * SIZE:(r + 1) * SIZE])
                         for r in range(SIZE))


class Player:
    def __init__(self, colour):
        self.colour = colour

    def choose(self, board, moves):
        raise NotImplementedError


class GreedyPlayer(Player):
    """Takes the move that turns over the most discs, corners first."""

    def choose(self, board, moves):
        def score(square):
            corner = square.row in (0, SIZE - 1) and square.col in (0, SIZE - 1)
            return (corner, len(board.flips(square, self.colour)), -square.index)
        return max(moves, key=score)


class MonteCarloPlayer(Player):
    def __init__(self, colour, rng, playouts):
        super().__init__(colour)
        self.rng = rng
        self.playouts = playouts
        self.scratch = Board()
        self.games_simulated = 0

    def playout(self, start, move):
        """Play move, then random moves to the end; return our disc margin."""
        board = self.scratch
        board.copy_from(start)
        board.play(board.squares[move.index], self.colour)
        to_move = opponent(self.colour)
        passes = 0
        rng = self.rng
        while passes < 2:
            empties = board.empties()
            rng.shuffle(empties)
            for square in empties:
                if board.is_legal(square, to_move):
                    board.play(square, to_move)
                    passes = 0
                    break
            else:
                passes += 1
            to_move = opponent(to_move)
        self.games_simulated += 1
        return board.count(self.colour) - board.count(opponent(self.colour))

    def choose(self, board, moves):
        best, best_score = None, None
        for move in moves:
            score = 0
            for _ in range(self.playouts):
                margin = self.playout(board, move)
                score += 1 if margin > 0 else (-1 if margin < 0 else 0)
            if best_score is None or score > best_score:
                best, best_score = move, score
        return best


class Game:
    def __init__(self, black, white):
        self.board = Board()
        self.players = {BLACK: black, WHITE: white}
        self.history = []

    def run(self):
        to_move = BLACK
        passes = 0
        while passes < 2:
            moves = self.board.legal_moves(to_move)
            if moves:
                move = self.players[to_move].choose(self.board, moves)
                turned = self.board.play(move, to_move)
                self.history.append((to_move, repr(move), turned))
                passes = 0
            else:
                passes += 1
            to_move = opponent(to_move)
        return self.board.count(BLACK), self.board.count(WHITE)


def main():
    rng = Random(20261205)
    results = []
    simulated = 0
    digest = 0
    for game_no in range(GAMES):
        if game_no % 2 == 0:
            thinker = MonteCarloPlayer(BLACK, rng, PLAYOUTS_PER_MOVE)
            game = Game(thinker, GreedyPlayer(WHITE))
        else:
            thinker = MonteCarloPlayer(WHITE, rng, PLAYOUTS_PER_MOVE)
            game = Game(GreedyPlayer(BLACK), thinker)
        black, white = game.run()
        results.append(f"{black}-{white}")
        simulated += thinker.games_simulated
        for colour, move, turned in game.history:
            digest = (digest * 131 + ord(move[0]) * 10 + int(move[1:]) + turned) % 1000000007
    print(" ".join(results), simulated, digest)


main()
