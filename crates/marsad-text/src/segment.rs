//! Clitic segmentation. (Being written: see the segmentation task.)
