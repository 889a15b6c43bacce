//! Pipeline settings: what `pipelines/*.toml` holds and the defaults when a key is absent.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::Error;

/// The default pipeline, compiled in so that the binary works from any folder.
pub const DEFAULT_PIPELINE: &str = include_str!("../pipelines/default.toml");

/// All settings of one pipeline definition.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Pipeline {
    pub stages: Stages,
    pub extract: ExtractSettings,
    pub ocr: OcrSettings,
    pub text_layer: TextLayerSettings,
    pub workers: WorkerSettings,
    pub limits: Limits,
}

/// Which stages run.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Stages {
    pub ocr: bool,
    pub extract: bool,
    pub index: bool,
}

/// Extraction settings.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ExtractSettings {
    /// Rule pack files; relative paths are resolved against the pipeline file's folder.
    pub rule_packs: Vec<PathBuf>,
}

/// How pages are prepared and read by tesseract.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OcrSettings {
    pub languages: String,
    pub tessdata: String,
    pub target_dpi: u32,
    pub assumed_dpi: u32,
    pub max_dpi: u32,
    pub normalize_background: bool,
    pub normalize_background_below: u32,
    pub colour_dropout: bool,
    pub whiten_above: u32,
    pub deskew: bool,
    pub deskew_min_degrees: f32,
    pub remove_lines: bool,
    pub despeckle: bool,
    pub despeckle_min_specks: u32,
    pub min_word_confidence: f32,
    pub column_gap: f32,
    /// Lines read with a mean confidence below this are read again with stamp ink
    /// whitened (0 = off); see `ocr::second_look`.
    pub second_look_below: f32,
    pub orientation_check_below: f32,
    pub inverted_text: bool,
    pub tesseract_variables: std::collections::BTreeMap<String, String>,
}

/// When a PDF text layer is trusted.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TextLayerSettings {
    pub min_letters: usize,
    pub min_word_ratio: f64,
}

/// Parallelism.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WorkerSettings {
    pub ocr_threads: usize,
    pub files_in_flight: usize,
}

/// Guards against hostile or broken input.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    pub max_file_bytes: u64,
    pub max_image_pixels: u64,
}

impl Default for Stages {
    fn default() -> Self {
        Stages {
            ocr: true,
            extract: true,
            index: true,
        }
    }
}

impl Default for OcrSettings {
    fn default() -> Self {
        OcrSettings {
            languages: "ind".into(),
            tessdata: String::new(),
            target_dpi: 200,
            assumed_dpi: 300,
            max_dpi: 0,
            normalize_background: true,
            normalize_background_below: 256,
            colour_dropout: true,
            whiten_above: 0,
            deskew: true,
            deskew_min_degrees: 0.0,
            remove_lines: true,
            despeckle: true,
            despeckle_min_specks: 0,
            min_word_confidence: 70.0,
            column_gap: 4.0,
            second_look_below: 70.0,
            orientation_check_below: 50.0,
            inverted_text: false,
            tesseract_variables: [("textord_disable_pitch_test", "1")]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }
}

impl Default for TextLayerSettings {
    fn default() -> Self {
        TextLayerSettings {
            min_letters: 20,
            min_word_ratio: 0.5,
        }
    }
}

impl Default for WorkerSettings {
    fn default() -> Self {
        WorkerSettings {
            ocr_threads: 0,
            files_in_flight: 4,
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 1 << 30,
            max_image_pixels: 150_000_000,
        }
    }
}

impl Default for Pipeline {
    /// The settings of `pipelines/default.toml` (a test keeps the two equal).
    fn default() -> Self {
        Pipeline {
            stages: Stages::default(),
            extract: ExtractSettings::default(),
            ocr: OcrSettings::default(),
            text_layer: TextLayerSettings::default(),
            workers: WorkerSettings::default(),
            limits: Limits::default(),
        }
    }
}

impl Pipeline {
    /// Reads a pipeline definition from a TOML file.
    pub fn load(path: &Path) -> Result<Pipeline, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        let mut pipeline: Pipeline = toml::from_str(&text).map_err(|e| Error::Pipeline {
            path: path.to_owned(),
            message: e.to_string(),
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        for pack in &mut pipeline.extract.rule_packs {
            if pack.is_relative() {
                *pack = base.join(&*pack);
            }
        }
        Ok(pipeline)
    }

    /// The compiled rules of the pipeline's rule packs.
    pub fn rules(&self) -> Result<crate::extract::rules::Rules, Error> {
        crate::extract::rules::Rules::load(&self.extract.rule_packs)
    }

    /// Number of OCR engines to start.
    pub fn ocr_threads(&self) -> usize {
        match self.workers.ocr_threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_file_parses_and_matches_struct_defaults() {
        let p: Pipeline = toml::from_str(DEFAULT_PIPELINE).expect("default pipeline parses");
        assert_eq!(p, Pipeline::default());
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let err = toml::from_str::<Pipeline>("[ocr]\nlanguage = \"ind\"\n").unwrap_err();
        assert!(err.to_string().contains("language"), "{err}");
    }

    #[test]
    fn partial_file_keeps_other_defaults() {
        let p: Pipeline = toml::from_str("[ocr]\nlanguages = \"ind\"\n").expect("parses");
        assert_eq!(p.ocr.languages, "ind");
        assert!(p.stages.ocr);
        assert_eq!(p.text_layer.min_letters, 20);
    }
}
