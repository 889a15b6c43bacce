//! Signature blocks as printed: who signs a document and in what office.
//!
//! A block is read the way a person reads it, top to bottom: an optional label (`PIHAK
//! PERTAMA,`, `Mengetahui,`, `Salinan sesuai dengan aslinya`), the place and date of issue,
//! on-behalf lines (`a.n. BUPATI ...`, `u.b.`), the signer's office ending in a comma
//! (with `Plt.`/`Plh.`/`Pj.`), the space for the signature (`ttd`, stamps, duty stamps,
//! e-signature notes), the name with its titles and degrees, then rank and NIP.
//!
//! - `kinds`: what a line can be on its own (label, office, rank, NIP, heading, body, ...);
//! - `names`: how name-like a line is, cleaning a name, one person in two spellings;
//! - `regions`: the signature areas and one block per signer, however the blocks are
//!   arranged (one, side by side, interleaved, a 2×2 grid, three in a row, a regulation's
//!   enacting, promulgating and certifying blocks);
//! - `block`: reading one block into a name and a position;
//! - `undersigned`: the signers an agreement's opening lists;
//! - `pairing`: one signer read twice becomes one; the opening's list as evidence;
//! - `repair`: OCR slips mended from the body, the vocabulary and the heading.
//!
//! Extraction only: a pure function of the text.

mod block;
mod kinds;
mod names;
mod pairing;
mod regions;
mod repair;
pub mod undersigned;

#[cfg(test)]
mod tests;

use crate::model::Signatory;

/// Every signatory of a document, in reading order, each person once.
pub fn find_signatories(text: &str) -> Vec<Signatory> {
    let mut signers: Vec<block::Signer> = regions::find_blocks(text)
        .iter()
        .filter_map(block::read)
        .collect();
    pairing::merge_repeats(&mut signers);
    let undersigned = undersigned::find_undersigned(text);
    pairing::vouch(&mut signers, &undersigned);
    // The clause may list one person twice, or name a block's signer a second time.
    pairing::merge_repeats(&mut signers);
    let mut found: Vec<Signatory> = signers
        .into_iter()
        .filter_map(|s| {
            Some(Signatory {
                name: s.name?,
                position: s.position,
            })
        })
        .collect();
    repair::repair_with_body(&mut found, text);
    repair::repair_positions(&mut found, text);
    repair::complete_positions(&mut found, &undersigned);
    repair::complete_from_heading(&mut found, text);
    found
}
