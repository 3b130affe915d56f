"""An independent NumPy / scikit-learn implementation of Coates, Lee & Ng's single-layer k-means features, to check
ClassicCv's `kmeans-patches` against (docs/encodings.md, "Checked against a reference implementation").

Usage: /usr/bin/python3 kmeans_patches_reference.py CLASS_FOLDERS TRAIN_PER_CLASS TEST_PER_CLASS [K] [ITERATIONS] [EPSILON] [INIT]
CLASS_FOLDERS holds <class>/<image> folders of 32x32 colour images (CIFAR-10's training JPEGs); the first
TRAIN_PER_CLASS files of each class (sorted by name) train, the next TEST_PER_CLASS test. Needs python3-opencv,
python3-sklearn and an optimised BLAS (Debian: libopenblas0-pthread; the reference BLAS is ~20x slower).

Same recipe and constants as ClassicCv's defaults: 100,000 random 6x6x3 training patches, each normalised by
(x - mean) / sqrt(var + 10), ZCA whitening with EPSILON (default 0.1, Coates-Ng's; ClassicCv's default is now 1),
k-means (scikit-learn, seeded; INIT "random", the default, or "k-means++" as ClassicCv's OpenCV k-means), triangle activations
max(0, mean(z) - z_k) at every position (stride 1), sum pooling over the four quadrants (14 + 13 positions), then
features standardised by the training mean and sqrt(var + 0.01) and multinomial logistic regression.
"""
import os
import sys
import time

import cv2
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from sklearn.cluster import KMeans
from sklearn.linear_model import LogisticRegression

PATCH, SAMPLE, SEED = 6, 100_000, 42


def load(root, per_train, per_test):
    train, test, y_train, y_test = [], [], [], []
    for label, name in enumerate(sorted(os.listdir(root))):
        files = sorted(os.listdir(os.path.join(root, name)))
        paths = [os.path.join(root, name, f) for f in files]
        train += paths[:per_train]
        test += paths[per_train:per_train + per_test]
        y_train += [label] * per_train
        y_test += [label] * per_test
    read = lambda paths: np.stack([cv2.imread(p).astype(np.float32) for p in paths])
    return read(train), read(test), np.array(y_train), np.array(y_test)


def normalise(patches):
    return (patches - patches.mean(1, keepdims=True)) / np.sqrt(patches.var(1, ddof=1, keepdims=True) + 10)


def main():
    root, per_train, per_test = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    words = int(sys.argv[4]) if len(sys.argv) > 4 else 1600
    iterations = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    epsilon = float(sys.argv[6]) if len(sys.argv) > 6 else 0.1
    init = sys.argv[7] if len(sys.argv) > 7 else "random"
    x_train, x_test, y_train, y_test = load(root, per_train, per_test)
    side = x_train.shape[1] - PATCH + 1
    rng = np.random.default_rng(SEED)
    image, top, left = (rng.integers(0, n, SAMPLE) for n in (len(x_train), side, side))
    patches = normalise(np.stack([x_train[i, t:t + PATCH, l:l + PATCH].reshape(-1) for i, t, l in zip(image, top, left)]))
    mean = patches.mean(0)
    eigenvalues, vectors = np.linalg.eigh(np.cov(patches, rowvar=False))
    whitening = vectors @ np.diag(1 / np.sqrt(eigenvalues + epsilon)) @ vectors.T
    started = time.time()
    centroids = KMeans(words, n_init=1, max_iter=iterations, random_state=SEED, init=init) \
        .fit(((patches - mean) @ whitening).astype(np.float32)).cluster_centers_.astype(np.float32)
    print(f"dictionary: {words} words, epsilon {epsilon}, {init} initialisation, {time.time() - started:.0f} s", flush=True)
    squared = (centroids ** 2).sum(1)
    half = (side + 1) // 2

    def encode(images):
        out = np.zeros((len(images), 4 * words), np.float32)
        for n, img in enumerate(images):
            w = (normalise(sliding_window_view(img, (PATCH, PATCH, 3)).reshape(side * side, -1)) - mean) @ whitening
            z = np.sqrt(np.maximum((w ** 2).sum(1, keepdims=True) - 2 * w @ centroids.T + squared, 0))
            f = np.maximum(z.mean(1, keepdims=True) - z, 0).reshape(side, side, words)
            out[n] = np.concatenate([f[:half, :half].sum((0, 1)), f[:half, half:].sum((0, 1)),
                                     f[half:, :half].sum((0, 1)), f[half:, half:].sum((0, 1))])
        return out

    started = time.time()
    f_train, f_test = encode(x_train), encode(x_test)
    print(f"features: {len(f_train) + len(f_test)} images, {time.time() - started:.0f} s", flush=True)
    centre, scale = f_train.mean(0), np.sqrt(f_train.var(0) + 0.01)
    f_train, f_test = (f_train - centre) / scale, (f_test - centre) / scale
    for c in (0.001, 0.01):
        started = time.time()
        model = LogisticRegression(C=c, max_iter=300).fit(f_train, y_train)
        print(f"logistic regression C={c}: accuracy {(model.predict(f_test) == y_test).mean():.4f}, "
              f"{time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
