"""Count faces with OpenCV's Haar cascade, a detector independent of Seed Studio's models.

Used by the levels tests to check what leaves the device: prints the faces found in the image
at argv[1] as JSON, [[x, y, w, h], ...]. The cascade is Debian's opencv-data
(haarcascade_frontalface_alt2: fewer false positives than the default cascade)."""
import json
import sys

import cv2

CASCADE = "/usr/share/opencv4/haarcascades/haarcascade_frontalface_alt2.xml"

image = cv2.imread(sys.argv[1])
if image is None:
    sys.exit(f"not a readable image: {sys.argv[1]}")
gray = cv2.equalizeHist(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
cascade = cv2.CascadeClassifier(CASCADE)
if cascade.empty():
    sys.exit(f"the cascade is missing: {CASCADE} (install opencv-data)")
# Strict enough that hair or a pixelated block is not a face; the fixture's three faces (the
# smallest 49 px wide) are all found with it.
faces = cascade.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=8, minSize=(20, 20))
print(json.dumps([[int(v) for v in face] for face in faces]))
