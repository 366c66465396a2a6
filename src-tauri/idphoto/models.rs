//! The on-device models, embedded in the binary (nothing is downloaded), loaded with tract
//! once, lazily, and kept for the life of the process. Loading is the slow part (50–200 ms per
//! model); callers run it off the UI thread.

use std::sync::OnceLock;

use tract_onnx::prelude::*;

use super::{bilinear_op, IdPhotoError};

/// A model ready to run.
pub type Runnable = std::sync::Arc<TypedRunnableModel>;

/// A model output: its shape and its values, flattened.
pub type Output = (Vec<usize>, Vec<f32>);

/// One embedded model.
pub struct Model {
    name: &'static str,
    bytes: &'static [u8],
    input: [usize; 4],
    /// Whether its matrix products are worth spreading over the cores (the small MediaPipe
    /// models lose more to the hand-offs than they gain).
    parallel: bool,
    cell: OnceLock<Result<Runnable, String>>,
}

impl Model {
    const fn new(name: &'static str, bytes: &'static [u8], input: [usize; 4]) -> Model {
        Model { name, bytes, input, parallel: false, cell: OnceLock::new() }
    }

    /// Marked to run its matrix products on every core.
    const fn parallel(mut self) -> Model {
        self.parallel = true;
        self
    }

    /// Its input shape (NHWC for the MediaPipe models, NCHW for MODNet).
    pub fn input(&self) -> [usize; 4] {
        self.input
    }

    /// The loaded model (loading it the first time).
    pub fn get(&self) -> Result<&Runnable, IdPhotoError> {
        self.cell
            .get_or_init(|| {
                let started = std::time::Instant::now();
                let loaded = self.load(true).map_err(|e| format!("{e}"));
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

    /// Read, type and optimise the model, with our bilinear resize in place of tract's (it
    /// computes the same, faster: see `bilinear_op`) when `bilinear`.
    fn load(&self, bilinear: bool) -> TractResult<Runnable> {
        let mut model = self.optimized()?;
        if bilinear {
            bilinear_op::replace_resizes(&mut model)?;
        }
        model.into_runnable()
    }

    /// The model read, typed for its input and optimised by tract.
    fn optimized(&self) -> TractResult<TypedModel> {
        tract_onnx::onnx()
            .model_for_read(&mut std::io::Cursor::new(self.bytes))?
            .with_input_fact(0, f32::fact(self.input).into())?
            .into_optimized()
    }

    /// Run on an NHWC tensor; the outputs as flat f32 vectors with their shapes.
    pub fn run(&self, data: Vec<f32>) -> Result<Vec<Output>, IdPhotoError> {
        self.run_on(self.get()?, data)
    }

    /// Run `model` (this one, loaded) on an NHWC tensor.
    fn run_on(&self, model: &Runnable, data: Vec<f32>) -> Result<Vec<Output>, IdPhotoError> {
        let failed = |e: TractError| IdPhotoError::Model(self.name, format!("{e}"));
        let input = tract_ndarray::Array4::from_shape_vec(
            (self.input[0], self.input[1], self.input[2], self.input[3]),
            data,
        )
        .map_err(|e| IdPhotoError::Model(self.name, e.to_string()))?;
        let run = || model.run(tvec!(Tensor::from(input).into()));
        let outputs = match (self.parallel, cores()) {
            (true, Some(pool)) => tract_linalg::multithread::multithread_tract_scope(pool.clone(), run),
            _ => run(),
        }
        .map_err(failed)?;
        outputs
            .iter()
            .map(|t| {
                let view = t.to_plain_array_view::<f32>().map_err(failed)?;
                Ok((view.shape().to_vec(), view.iter().copied().collect()))
            })
            .collect()
    }
}

/// A model's logit as a probability (clamped so that no input overflows `exp`).
pub fn sigmoid(logit: f32) -> f32 {
    1.0 / (1.0 + (-logit.clamp(-100.0, 100.0)).exp())
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

/// The side MODNet runs at. Its authors use 512, which was no better on the evaluation's
/// portraits at four times the cost; 192 punched holes through faces (the README's
/// comparison). The closed-form matting then refines the edge at the output's own resolution.
pub const MATTE_SIZE: usize = 256;

/// MODNet (Ke et al., AAAI 2022), photographic portrait matting: alpha of a head-and-shoulders
/// square. Apache-2.0; provenance in `models/NOTICE`.
pub static MATTE: Model =
    Model::new("portrait matting", include_bytes!("models/modnet.onnx"), [1, 3, MATTE_SIZE, MATTE_SIZE])
        .parallel();

/// A pool over every core (up to four) for the models marked `parallel`: MODNet is most of
/// the pipeline's arithmetic. `None` on one core, or when no pool can be made (built here
/// rather than by tract, which panics then).
fn cores() -> Option<&'static tract_linalg::multithread::Executor> {
    static POOL: OnceLock<Option<tract_linalg::multithread::Executor>> = OnceLock::new();
    POOL.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        if cores < 2 {
            return None;
        }
        match rayon::ThreadPoolBuilder::new()
            .num_threads(cores)
            .thread_name(|i| format!("models-{i}"))
            .build()
        {
            Ok(pool) => Some(tract_linalg::multithread::Executor::MultiThread(std::sync::Arc::new(pool))),
            Err(e) => {
                tracing::warn!(error = %e, "the matting model stays on one thread");
                None
            }
        }
    })
    .as_ref()
}

/// Load every model now (at start-up of the ID Photo screen, off the UI thread).
pub fn warm_up() -> Result<(), IdPhotoError> {
    for m in [&DETECT_SHORT, &DETECT_FULL, &LANDMARKS, &SEGMENT, &MATTE] {
        m.get()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The three models with bilinear resizes give what tract's own resize gives.
    #[test]
    fn the_bilinear_op_changes_no_output() {
        for model in [&DETECT_FULL, &SEGMENT, &MATTE] {
            let n = model.input().iter().product::<usize>();
            // Smooth and busy both: a gradient with a fine pattern over it.
            let input: Vec<f32> =
                (0..n).map(|i| (i % 251) as f32 / 251.0 - ((i / 977) % 7) as f32 / 7.0).collect();
            let ours = model.run_on(&model.load(true).unwrap(), input.clone()).unwrap();
            let tract = model.run_on(&model.load(false).unwrap(), input).unwrap();
            assert_eq!(ours.len(), tract.len());
            for ((shape, a), (_, b)) in ours.iter().zip(&tract) {
                let most = a.iter().zip(b).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
                let range = b.iter().fold(0.0f32, |m, v| m.max(v.abs())).max(1.0);
                assert!(most <= 1e-4 * range, "{}: {shape:?} differs by {most}", model.name);
            }
        }
    }

    #[test]
    fn the_models_with_resizes_have_them_replaced() {
        for (model, resizes) in [(&DETECT_FULL, 3), (&SEGMENT, 3), (&MATTE, 8)] {
            let mut typed = model.optimized().unwrap();
            assert_eq!(bilinear_op::replace_resizes(&mut typed).unwrap(), resizes, "{}", model.name);
            assert!(typed.nodes().iter().all(|n| n.op.name() != "Resize"), "{}", model.name);
        }
    }
}
