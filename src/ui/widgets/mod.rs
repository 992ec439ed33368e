//! Small shared components (fields, progress, error summary). One component per file.
