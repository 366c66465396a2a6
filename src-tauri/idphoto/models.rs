//! The on-device models, embedded in the binary (nothing is downloaded), loaded with tract
//! once, lazily, and kept for the life of the process. Loading is the slow part (50–200 ms per
//! model); callers run it off the UI thread.

use std::sync::OnceLock;

use tract_onnx::prelude::*;

use super::IdPhotoError;

/// A model ready to run.
pub type Runnable = std::sync::Arc<TypedRunnableModel>;

/// A model output: its shape and its values, flattened.
pub type Output = (Vec<usize>, Vec<f32>);

/// One embedded model.
pub struct Model {
    name: &'static str,
    bytes: &'static [u8],
    input: [usize; 4],
    cell: OnceLock<Result<Runnable, String>>,
}

impl Model {
    const fn new(name: &'static str, bytes: &'static [u8], input: [usize; 4]) -> Model {
        Model { name, bytes, input, cell: OnceLock::new() }
    }

    /// Its NHWC input shape.
    pub fn input(&self) -> [usize; 4] {
        self.input
    }

    /// The loaded model (loading it the first time).
    pub fn get(&self) -> Result<&Runnable, IdPhotoError> {
        self.cell
            .get_or_init(|| {
                let started = std::time::Instant::now();
                let loaded = tract_onnx::onnx()
                    .model_for_read(&mut std::io::Cursor::new(self.bytes))
                    .and_then(|m| m.with_input_fact(0, f32::fact(self.input).into()))
                    .and_then(|m| m.into_optimized())
                    .and_then(|m| m.into_runnable())
                    .map_err(|e| format!("{e}"));
                tracing::info!(
                    model = self.name,
                    ms = started.elapsed().as_millis() as u64,
                    ok = loaded.is_ok(),
                    "model loaded"
                );
                loaded
            })
            .as_ref()
            .map_err(|e| IdPhotoError::Model(self.name, e.clone()))
    }

    /// Run on an NHWC tensor; the outputs as flat f32 vectors with their shapes.
    pub fn run(&self, data: Vec<f32>) -> Result<Vec<Output>, IdPhotoError> {
        let model = self.get()?;
        let failed = |e: TractError| IdPhotoError::Model(self.name, format!("{e}"));
        let input = tract_ndarray::Array4::from_shape_vec(
            (self.input[0], self.input[1], self.input[2], self.input[3]),
            data,
        )
        .map_err(|e| IdPhotoError::Model(self.name, e.to_string()))?;
        let outputs = model.run(tvec!(Tensor::from(input).into())).map_err(failed)?;
        outputs
            .iter()
            .map(|t| {
                let view = t.to_plain_array_view::<f32>().map_err(failed)?;
                Ok((view.shape().to_vec(), view.iter().copied().collect()))
            })
            .collect()
    }
}

/// BlazeFace short range (faces within ~2 m): 128² input, 896 anchors.
pub static DETECT_SHORT: Model = Model::new(
    "face detection (short range)",
    include_bytes!("models/face_detection_short_range.onnx"),
    [1, 128, 128, 3],
);
/// BlazeFace full range (small or distant faces): 192² input, 2304 anchors.
pub static DETECT_FULL: Model = Model::new(
    "face detection (full range)",
    include_bytes!("models/face_detection_full_range.onnx"),
    [1, 192, 192, 3],
);
/// FaceMesh: 468 landmarks from a 192² face crop.
pub static LANDMARKS: Model =
    Model::new("face landmarks", include_bytes!("models/face_landmark.onnx"), [1, 192, 192, 3]);
/// Selfie segmentation: person probability at 256².
pub static SEGMENT: Model = Model::new(
    "person segmentation",
    include_bytes!("models/selfie_segmentation_std.onnx"),
    [1, 256, 256, 3],
);

/// Load every model now (at start-up of the ID Photo screen, off the UI thread).
pub fn warm_up() -> Result<(), IdPhotoError> {
    for m in [&DETECT_SHORT, &DETECT_FULL, &LANDMARKS, &SEGMENT] {
        m.get()?;
    }
    Ok(())
}
