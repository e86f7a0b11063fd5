# Makes the ZIP fixtures of ArchiveFixtureTests with Python's zipfile (CPython 3.11, zlib).
#   cd Tests/SessionPlanKitTests/Fixtures/archive && python3 make-fixtures.py
# The archives are committed; this script documents exactly how each was made.
import random, zipfile

random.seed(14)
text = ("Стратегическая сессия «Точки кипения»: работа в группах, 10:15–12:15.\n" * 40).encode("utf-8")
noise = bytes(random.getrandbits(8) for _ in range(1000))
words = " ".join(random.choice(["группа", "модератор", "сборщик", "эксперт", "lead", "slot"]) for _ in range(1200)).encode("utf-8")

def make(name, compression, level=None):
    with zipfile.ZipFile(name, "w", compression=compression, compresslevel=level) as z:
        for entry, data in [("text.txt", text), ("noise.bin", noise), ("папка/слова.txt", words), ("empty.txt", b"")]:
            info = zipfile.ZipInfo(entry, date_time=(2024, 5, 17, 12, 0, 0))
            info.compress_type = compression
            z.writestr(info, data, compress_type=compression, compresslevel=level)

make("python-stored.zip", zipfile.ZIP_STORED)
make("python-deflate-0.zip", zipfile.ZIP_DEFLATED, 0)   # deflate with stored blocks only
make("python-deflate-1.zip", zipfile.ZIP_DEFLATED, 1)   # fastest: fixed and dynamic blocks
make("python-deflate-9.zip", zipfile.ZIP_DEFLATED, 9)   # best: dynamic blocks

with open("text.txt", "wb") as f: f.write(text)
with open("noise.bin", "wb") as f: f.write(noise)
with open("words.txt", "wb") as f: f.write(words)
