// The servers here share OpenCV's process-wide state and the two cores, so the tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
