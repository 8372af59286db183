# Objects: a small recursive ray tracer, written for hotpy. Immutable 3-vectors with
# operator methods, a class hierarchy of shapes (spheres, planes) with per-shape
# intersection and normals, materials (plain and checkered), point lights with shadows,
# mirror reflections; the image is shaded into 8-bit pixels and summed into a checksum.
import math

WIDTH = 160
HEIGHT = 120
MAX_DEPTH = 4
EPSILON = 1e-6


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect_about(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"


class Colour:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Colour(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, other):
        if isinstance(other, Colour):
            return Colour(self.r * other.r, self.g * other.g, self.b * other.b)
        return Colour(self.r * other, self.g * other, self.b * other)

    def to_bytes(self):
        return tuple(min(255, max(0, int(c * 255.0 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Colour(0.0, 0.0, 0.0)
WHITE = Colour(1.0, 1.0, 1.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse=0.7, specular=0.3, shininess=20, reflect=0.0):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def colour_at(self, point):
        return self.colour


class Checkered(Material):
    def __init__(self, colour, other, size, **kwargs):
        super().__init__(colour, **kwargs)
        self.other = other
        self.size = size

    def colour_at(self, point):
        cells = math.floor(point.x / self.size) + math.floor(point.z / self.size)
        return self.colour if cells % 2 == 0 else self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        """Distance along the ray to the nearest hit in front of its origin, or None."""
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, centre, radius, material):
        super().__init__(material)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        to_centre = ray.origin - self.centre
        b = to_centre.dot(ray.direction)
        c = to_centre.dot(to_centre) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > EPSILON:
                return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        facing = ray.direction.dot(self.normal)
        if abs(facing) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / facing
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Hit:
    def __init__(self, shape, distance, point, normal):
        self.shape = shape
        self.distance = distance
        self.point = point
        self.normal = normal


class Camera:
    def __init__(self, eye, look_at, up, fov_degrees, width, height):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half_width = math.tan(math.radians(fov_degrees) / 2)
        self.half_height = self.half_width * height / width
        self.width = width
        self.height = height

    def ray_through(self, px, py):
        u = (2 * (px + 0.5) / self.width - 1) * self.half_width
        v = (1 - 2 * (py + 0.5) / self.height) * self.half_height
        return Ray(self.eye, self.forward + self.right * u + self.up * v)


class Scene:
    def __init__(self, camera, ambient):
        self.camera = camera
        self.ambient = ambient
        self.shapes = []
        self.lights = []
        self.rays_cast = 0

    def add(self, shape):
        self.shapes.append(shape)
        return shape

    def nearest_hit(self, ray):
        self.rays_cast += 1
        best, best_t = None, math.inf
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = shape, t
        if best is None:
            return None
        point = ray.point_at(best_t)
        return Hit(best, best_t, point, best.normal_at(point))

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        hit = self.nearest_hit(Ray(point, to_light))
        return hit is not None and hit.distance < distance

    def trace(self, ray, depth=0):
        hit = self.nearest_hit(ray)
        if hit is None:
            return Colour(0.2, 0.3, 0.5) * (0.5 + 0.5 * ray.direction.y)
        material = hit.shape.material
        base = material.colour_at(hit.point)
        normal = hit.normal
        if normal.dot(ray.direction) > 0:
            normal = -normal
        colour = base * self.ambient
        for light in self.lights:
            if self.in_shadow(hit.point, light):
                continue
            to_light = (light.position - hit.point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                colour = colour + base * light.colour * (lambert * material.diffuse)
            mirrored = to_light.reflect_about(normal)
            highlight = mirrored.dot(ray.direction)
            if highlight > 0:
                colour = colour + light.colour * (material.specular * highlight ** material.shininess)
        if material.reflect > 0 and depth < MAX_DEPTH:
            bounce = Ray(hit.point, ray.direction.reflect_about(normal))
            colour = colour + self.trace(bounce, depth + 1) * material.reflect
        return colour

    def render(self):
        rows = []
        for py in range(self.camera.height):
            row = []
            for px in range(self.camera.width):
                row.append(self.trace(self.camera.ray_through(px, py)).to_bytes())
            rows.append(row)
        return rows


def build_scene():
    camera = Camera(Vector(0.0, 1.8, -6.0), Vector(0.0, 0.8, 0.0), Vector(0.0, 1.0, 0.0),
                    60, WIDTH, HEIGHT)
    scene = Scene(camera, ambient=0.12)
    scene.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                    Checkered(Colour(0.9, 0.9, 0.9), Colour(0.1, 0.1, 0.1), 1.0, reflect=0.2)))
    scene.add(Sphere(Vector(0.0, 1.0, 0.0), 1.0,
                     Material(Colour(0.8, 0.2, 0.2), reflect=0.4)))
    scene.add(Sphere(Vector(-2.2, 0.7, 1.0), 0.7,
                     Material(Colour(0.2, 0.7, 0.3), shininess=40, reflect=0.25)))
    scene.add(Sphere(Vector(2.0, 0.5, -0.5), 0.5,
                     Material(Colour(0.3, 0.4, 0.9), specular=0.6, reflect=0.5)))
    for i in range(5):
        angle = i * 2 * math.pi / 5
        scene.add(Sphere(Vector(3.5 * math.cos(angle), 0.25, 3.0 + 3.5 * math.sin(angle)), 0.25,
                         Material(Colour(0.9, 0.8, 0.1 * i), diffuse=0.9, specular=0.1)))
    scene.lights.append(Light(Vector(-4.0, 6.0, -4.0), Colour(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vector(5.0, 4.0, -2.0), Colour(0.4, 0.35, 0.3)))
    return scene


def main():
    scene = build_scene()
    image = scene.render()
    checksum = 0
    total = 0
    for y, row in enumerate(image):
        for x, (r, g, b) in enumerate(row):
            total += r + g + b
            checksum = (checksum * 31 + r * 65536 + g * 256 + b + x * y) % 1000000007
    print(total, checksum, scene.rays_cast)


main()
