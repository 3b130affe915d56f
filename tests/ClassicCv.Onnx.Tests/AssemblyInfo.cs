// Tests here share OpenCV's process-wide state (its thread count), so they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
