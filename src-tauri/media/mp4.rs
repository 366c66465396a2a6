//! Is it an MP4 with a video track? A provider's download is checked with Mozilla's
//! `mp4parse` (the parser Firefox runs on untrusted files) before anything is stored: the box
//! structure must parse, there must be a movie header and a video track, and the samples every
//! track's tables point at must lie inside the file (the parser skips a cut-off media box
//! quietly; its sample tables say where the data should end).

use std::io::Cursor;

/// What the check learnt about a video.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VideoInfo {
    /// Its length in milliseconds.
    pub duration_ms: u64,
    /// Its pixel width.
    pub width: u32,
    /// Its pixel height.
    pub height: u32,
}

/// Why bytes are not a usable MP4 video.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Mp4Error {
    /// Not ISO BMFF at all (an HTML page, an image, noise).
    #[error("it is not an MP4 file")]
    NotMp4,
    /// The boxes end before they should.
    #[error("the MP4 file is cut short")]
    Truncated,
    /// ISO BMFF, but with no video in it.
    #[error("the MP4 file has no video track")]
    NoVideo,
    /// The structure is inconsistent.
    #[error("the MP4 file is damaged ({0})")]
    Damaged(&'static str),
}

/// Check `bytes` as an MP4 video.
pub fn inspect(bytes: &[u8]) -> Result<VideoInfo, Mp4Error> {
    // `ftyp` is the first box of every MP4 a provider makes; without it, say "not MP4" rather
    // than whatever the parser makes of an HTML page.
    if bytes.get(4..8) != Some(b"ftyp".as_slice()) {
        return Err(Mp4Error::NotMp4);
    }
    let context = mp4parse::read_mp4(&mut Cursor::new(bytes)).map_err(|e| match e {
        // A box whose content ends before its stated size: the file was cut.
        mp4parse::Error::UnexpectedEOF
        | mp4parse::Error::InvalidData(mp4parse::Status::CheckParserStateErr) => Mp4Error::Truncated,
        mp4parse::Error::MoovMissing => Mp4Error::Damaged("no movie header"),
        mp4parse::Error::Io(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Mp4Error::Truncated,
        _ => Mp4Error::Damaged("its boxes do not parse"),
    })?;
    let track = context
        .tracks
        .iter()
        .find(|t| t.track_type == mp4parse::TrackType::Video)
        .ok_or(Mp4Error::NoVideo)?;
    let header = track.tkhd.as_ref().ok_or(Mp4Error::Damaged("no track header"))?;
    let (width, height) = (header.width >> 16, header.height >> 16);
    if width == 0 || height == 0 {
        return Err(Mp4Error::Damaged("a video track without a size"));
    }
    if track.stco.as_ref().is_none_or(|b| b.offsets.is_empty()) {
        return Err(Mp4Error::Damaged("a video track without samples"));
    }
    let len = bytes.len() as u64;
    for t in context.tracks.iter() {
        if data_end(t).is_some_and(|end| end > len) {
            return Err(Mp4Error::Truncated);
        }
    }
    let duration_ms = match (track.duration, track.timescale) {
        (Some(d), Some(s)) if s.0 > 0 => d.0.saturating_mul(1000) / s.0,
        _ => 0,
    };
    Ok(VideoInfo { duration_ms, width, height })
}

/// Where a track's last chunk of samples ends, from its tables: the last chunk's offset plus
/// the sizes of the samples in it (the last `samples_per_chunk` of the sample size table).
fn data_end(track: &mp4parse::Track) -> Option<u64> {
    let offsets = &track.stco.as_ref()?.offsets;
    let sizes = track.stsz.as_ref()?;
    let per_chunk = u64::from(track.stsc.as_ref()?.samples.last()?.samples_per_chunk);
    let last_offset = offsets.iter().copied().max()?;
    let in_last = if sizes.sample_size > 0 {
        u64::from(sizes.sample_size).saturating_mul(per_chunk)
    } else {
        let n = usize::try_from(per_chunk).ok()?.min(sizes.sample_sizes.len());
        sizes.sample_sizes[sizes.sample_sizes.len() - n..].iter().map(|&s| u64::from(s)).sum()
    };
    // The chunk at the highest offset is the last one written (one interleaved media box).
    Some(last_offset.saturating_add(in_last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_not_mp4_is_refused_without_parsing_it() {
        assert_eq!(inspect(b"<html>expired</html>"), Err(Mp4Error::NotMp4));
        assert_eq!(inspect(b""), Err(Mp4Error::NotMp4));
        assert_eq!(inspect(&[0x89, b'P', b'N', b'G', 0, 0, 0, 0]), Err(Mp4Error::NotMp4));
        // An `ftyp` box that claims more bytes than there are.
        let mut short = vec![0, 0, 0, 64];
        short.extend_from_slice(b"ftypisom");
        assert!(matches!(inspect(&short), Err(Mp4Error::Truncated | Mp4Error::Damaged(_))));
    }
}
