"""The PyTorch side of `./course bench`; runs in bench/.venv-torch, never in the course's .venv.

Answers the same requests as the Java side (src/bench/java/dlcourse/bench/TrainingServer.java),
one JSON line each, so the two can be measured side by side:

  info
  train mlp|cnn raw batch=64 epochs=1 examples=10000 width=256

Same data (the first Fashion-MNIST training images from the same IDX files, pixels / 255), same
networks (784-256-128-10; conv 5x5x16, pool 2, conv 5x5x32, pool 2, dense 64, 10 with 'same'
padding), same loss (softmax cross-entropy), same optimizer (Adam, 0.01 for the MLP and 0.005 for the
CNN), float32, a shuffle every epoch. The timer covers training only. Threads: set_num_threads from
the command line, OMP_NUM_THREADS set alike by the caller.
"""
import gzip
import json
import platform
import struct
import sys
import time

import numpy as np
import torch
from torch import nn

MLP_WIDTH = 256
MLP_LEARNING_RATE = 0.01
CNN_LEARNING_RATE = 0.005
CNN_DENSE = 64


def read_idx(path):
    with gzip.open(path, "rb") as f:
        magic, count = struct.unpack(">II", f.read(8))
        dims = [count]
        for _ in range((magic & 0xFF) - 1):
            dims.append(struct.unpack(">I", f.read(4))[0])
        return np.frombuffer(f.read(), dtype=np.uint8).reshape(dims)


def load(directory, examples):
    images = read_idx(f"{directory}/train-images-idx3-ubyte.gz")[:examples]
    labels = read_idx(f"{directory}/train-labels-idx1-ubyte.gz")[:examples]
    features = torch.from_numpy(images.reshape(examples, 784).astype(np.float32) / 255.0)
    return features, torch.from_numpy(labels.astype(np.int64))


def mlp(width):
    return nn.Sequential(nn.Linear(784, width), nn.ReLU(), nn.Linear(width, width // 2), nn.ReLU(),
                         nn.Linear(width // 2, 10))


def cnn():
    return nn.Sequential(nn.Unflatten(1, (1, 28, 28)),
                         nn.Conv2d(1, 16, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(16, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(32 * 7 * 7, CNN_DENSE), nn.ReLU(), nn.Linear(CNN_DENSE, 10))


def train(features, labels, model, options):
    batch = int(options.get("batch", 64))
    epochs = int(options.get("epochs", 1))
    examples = int(options.get("examples", len(labels)))
    width = int(options.get("width", MLP_WIDTH))
    x, y = features[:examples], labels[:examples]
    torch.manual_seed(42)
    net = mlp(width) if model == "mlp" else cnn()
    optimizer = torch.optim.Adam(net.parameters(), lr=MLP_LEARNING_RATE if model == "mlp" else CNN_LEARNING_RATE)
    loss_function = nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(1)
    net.train()
    start = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(examples, generator=generator)
        for begin in range(0, examples, batch):
            rows = order[begin:begin + batch]
            optimizer.zero_grad()
            loss = loss_function(net(x[rows]), y[rows])
            loss.backward()
            optimizer.step()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "samples_per_s": examples * epochs / seconds, "loss": float(loss.detach()),
            "parameters": sum(p.numel() for p in net.parameters())}


def main():
    directory, examples, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    torch.set_num_threads(threads)
    features, labels = load(directory, examples)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        try:
            if words[0] == "quit":
                break
            if words[0] == "info":
                answer = {"torch": torch.__version__, "python": platform.python_version(),
                          "threads": torch.get_num_threads(), "mkldnn": torch.backends.mkldnn.is_available(),
                          "cpu_capability": torch.backends.cpu.get_cpu_capability()}
            elif words[0] == "train":
                answer = train(features, labels, words[1], dict(w.split("=", 1) for w in words[3:]))
            else:
                raise ValueError(f"unknown request '{line.strip()}'")
        except Exception as e:  # report to the caller, keep serving
            answer = {"error": f"{type(e).__name__}: {e}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
