# Cross-check: the same ResNet-18 ONNX files run by python3-opencv's DNN, same package preprocessing, scikit-learn
# logistic regression on standardized features, stratified 80/20 split of the 2000-image CIFAR-10 subset.
import os, sys, time, numpy as np, cv2
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
root = os.path.expanduser('~/.nuget/packages/microsoft.ml.dnnimagefeaturizer.resnet18/0.23.1/tools/DnnImageModels')
cv2.setNumThreads(1)
prep = cv2.dnn.readNetFromONNX(root + '/ResNetPrepOnnx/ResNetPreprocess.onnx')
prep.setInput(np.zeros((1, 3, 224, 224), np.float32)); mean = -prep.forward()[0]  # BGR planes
net = cv2.dnn.readNetFromONNX(root + '/ResNet18Onnx/ResNet18.onnx')
data = sys.argv[1]; classes = sorted(os.listdir(data)); X = []; y = []
t = time.time()
for label, c in enumerate(classes):
    for f in sorted(os.listdir(os.path.join(data, c))):
        img = cv2.imread(os.path.join(data, c, f), cv2.IMREAD_COLOR)
        img = cv2.resize(img, (224, 224), interpolation=cv2.INTER_LINEAR).astype(np.float32)
        blob = img.transpose(2, 0, 1)[None] - mean[None]
        net.setInput(np.ascontiguousarray(blob)); X.append(net.forward().reshape(-1)); y.append(label)
print('extract s', round(time.time() - t, 1), 'images', len(y))
X = np.array(X); y = np.array(y)
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)
s = StandardScaler().fit(Xtr)
for C in [0.01, 0.1, 1.0]:
    lr = LogisticRegression(C=C, max_iter=2000).fit(s.transform(Xtr), ytr)
    print('sklearn LR C', C, 'accuracy', round(lr.score(s.transform(Xte), yte), 4))
