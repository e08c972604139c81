package content

// Accelerators lists the AI accelerators the calculator offers. TDP is the
// vendor's thermal design (or board) power, PeakFLOPs the dense BF16/FP16
// tensor peak without sparsity, MeasuredPower a published average during
// training where one exists. Google publishes no TDP for TPU v5e, v5p and
// v6e, nor Huawei for the Ascend 910B: those rows are documented estimates
// with wide ranges. TPU v4's 192 W is a maximum chip power, and the v5/v6
// estimates are scaled on that basis (RatingMaxChip), not on TPU v3's TDP.
// HostPower is the rest of the server per accelerator at the system's
// rating, from NVIDIA's DGX ratings where they exist (Systems).
var Accelerators = []Accelerator{
	{
		ID: "v100", Name: "NVIDIA V100 (SXM2)", Vendor: "NVIDIA", Year: 2017,
		// Patterson et al. 2021 Table 4 also lists 300 W.
		TDP:       Param{Value: 300, Unit: "W", Year: 2017, Source: "nvidia-v100-datasheet", Note: "TDP of the SXM2 module (PCIe card: 250 W)."},
		PeakFLOPs: Param{Value: 125e12, Unit: "FLOP/s", Year: 2017, Source: "nvidia-v100-datasheet", Note: "FP16 tensor peak; Patterson et al. 2021 footnote 12 gives the same 125 TFLOP/s."},
		// Table 4, GPT-3 column: measured by OpenAI, above TDP because it
		// includes the host's share and V100 runs in turbo.
		MeasuredPower:        Param{Value: 330, Unit: "W", Year: 2020, Source: "patterson-2021", Note: "Measured system average per GPU during GPT-3 training, including memory, network, fans and host CPU share (Table 4)."},
		System:               "dgx-1-v100",
		HostPower:            Param{Value: 137.5, Unit: "W", Year: 2017, Source: "nvidia-dgx1-datasheet", Note: "Derived: (DGX-1's 3,500 W maximum − 8 × 300 W) ÷ 8 GPUs."},
		MeasuredIncludesHost: true,
	},
	{
		ID: "a100-40gb", Name: "NVIDIA A100 40GB (SXM4)", Vendor: "NVIDIA", Year: 2020,
		TDP:       Param{Value: 400, Unit: "W", Year: 2020, Source: "nvidia-a100-datasheet", Note: "TDP of the SXM4 module (PCIe card: 250 W)."},
		PeakFLOPs: Param{Value: 312e12, Unit: "FLOP/s", Year: 2020, Source: "nvidia-a100-datasheet", Note: "Dense BF16/FP16 tensor peak (624 TFLOP/s is with sparsity)."},
		System:    "dgx-a100",
		HostPower: Param{Value: 412.5, Unit: "W", Year: 2020, Source: "nvidia-dgx-a100-datasheet", Note: "Derived: (DGX A100's 6.5 kW maximum − 8 × 400 W) ÷ 8 GPUs."},
	},
	{
		ID: "a100-80gb", Name: "NVIDIA A100 80GB (SXM4)", Vendor: "NVIDIA", Year: 2020,
		TDP:       Param{Value: 400, Unit: "W", Year: 2020, Source: "nvidia-a100-datasheet", Note: "TDP of the SXM4 module (PCIe card: 300 W); BLOOM and Llama 2 use this 400 W as the per-GPU power."},
		PeakFLOPs: Param{Value: 312e12, Unit: "FLOP/s", Year: 2020, Source: "nvidia-a100-datasheet", Note: "Dense BF16/FP16 tensor peak (624 TFLOP/s is with sparsity)."},
		System:    "dgx-a100",
		HostPower: Param{Value: 412.5, Unit: "W", Year: 2020, Source: "nvidia-dgx-a100-datasheet", Note: "Derived: (DGX A100's 6.5 kW maximum − 8 × 400 W) ÷ 8 GPUs."},
	},
	{
		ID: "h100-sxm", Name: "NVIDIA H100 SXM", Vendor: "NVIDIA", Year: 2022,
		TDP:       Param{Value: 700, Unit: "W", Year: 2022, Source: "nvidia-h100-datasheet", Note: "Maximum TDP of the SXM5 module (\"up to 700 W\", configurable)."},
		PeakFLOPs: Param{Value: 989e12, Unit: "FLOP/s", Year: 2022, Source: "nvidia-h100-datasheet", Note: "Dense BF16 tensor peak: half the datasheet's 1,979 TFLOP/s, which is with sparsity."},
		// Morrison et al. 2025 Table 1: 7B development runs, 269k GPU-h and
		// 196 MWh at PUE 1.2 (Jupiter) → 163.3 MWh of GPU energy → 607 W.
		// 13B runs on Augusta: 191k GPU-h, 116 MWh at PUE 1.12 → 542 W.
		MeasuredPower: Param{Value: 607, Low: 542, High: 607, Unit: "W", Year: 2024, Source: "morrison-2025", Note: "Derived from measured GPU energy: (MWh ÷ PUE) ÷ GPU-hours of Ai2's OLMo development runs (Table 1); GPU only, no host share. 607 W for the 7B runs, 542 W for the 13B runs."},
		PeakFLOPsFP8:  Param{Value: 1979e12, Unit: "FLOP/s", Year: 2022, Source: "nvidia-h100-datasheet", Note: "Dense FP8 tensor peak: half the datasheet's 3,958 TFLOP/s, which is with sparsity."},
		System:        "dgx-h100",
		HostPower:     Param{Value: 575, Unit: "W", Year: 2022, Source: "nvidia-dgx-h100-datasheet", Note: "Derived: (DGX H100's 10.2 kW maximum − 8 × 700 W) ÷ 8 GPUs."},
	},
	{
		ID: "h100-pcie", Name: "NVIDIA H100 PCIe", Vendor: "NVIDIA", Year: 2022,
		TDP:          Param{Value: 350, Low: 300, High: 350, Unit: "W", Year: 2022, Source: "nvidia-h100-pcie-brief", Note: "Maximum TDP 350 W (product brief); the datasheet gives 300–350 W configurable."},
		PeakFLOPs:    Param{Value: 756e12, Unit: "FLOP/s", Year: 2022, Source: "nvidia-h100-datasheet", Note: "Dense BF16 tensor peak: half the datasheet's 1,513 TFLOP/s with sparsity."},
		PeakFLOPsFP8: Param{Value: 1513e12, Unit: "FLOP/s", Year: 2022, Source: "nvidia-h100-datasheet", Note: "Dense FP8 tensor peak: half the datasheet's 3,026 TFLOP/s with sparsity."},
		HostPower:    Param{Value: 150, Low: 100, High: 250, Unit: "W", Year: 2022, Source: "watt-ledger-conventions", Note: "Estimate (judgement): NVIDIA publishes no system rating for PCIe servers; a two-socket server's CPUs, memory, NICs and fans shared among four to eight cards."},
	},
	{
		ID: "h800", Name: "NVIDIA H800 SXM", Vendor: "NVIDIA", Year: 2023,
		TDP:          Param{Value: 700, Unit: "W", Year: 2023, Source: "nvidia-h800-datasheet", Note: "The export version of the H100 SXM (NVLink cut to 400 GB/s); same 700 W maximum TDP."},
		PeakFLOPs:    Param{Value: 989e12, Unit: "FLOP/s", Year: 2023, Source: "nvidia-h800-datasheet", Note: "Dense BF16 peak, equal to the H100 SXM (1,979 TFLOP/s with sparsity)."},
		PeakFLOPsFP8: Param{Value: 1979e12, Unit: "FLOP/s", Year: 2023, Source: "nvidia-h800-datasheet", Note: "Dense FP8 tensor peak, equal to the H100 SXM."},
		System:       "dgx-h100",
		HostPower:    Param{Value: 575, Unit: "W", Year: 2023, Source: "nvidia-dgx-h100-datasheet", Note: "Estimate: HGX H800 servers are the HGX H100 platform with the export GPU, so the DGX H100's (10.2 kW − 8 × 700 W) ÷ 8 is taken."},
	},
	{
		ID: "h20", Name: "NVIDIA H20", Vendor: "NVIDIA", Year: 2024,
		TDP:          Param{Value: 400, Unit: "W", Year: 2024, Source: "nvidia-h20-spec", Note: "As widely reported from NVIDIA's partner specification; not verified against a public NVIDIA datasheet."},
		PeakFLOPs:    Param{Value: 148e12, Unit: "FLOP/s", Year: 2024, Source: "nvidia-h20-spec", Note: "Dense BF16 peak as widely reported; not verified against a public NVIDIA datasheet."},
		PeakFLOPsFP8: Param{Value: 296e12, Unit: "FLOP/s", Year: 2024, Source: "nvidia-h20-spec", Note: "Dense FP8 peak as widely reported; not verified against a public NVIDIA datasheet."},
		HostPower:    Param{Value: 575, Low: 400, High: 575, Unit: "W", Year: 2024, Source: "nvidia-dgx-h100-datasheet", Note: "Estimate: H20 ships on the HGX platform, so the host parts are taken from the DGX H100's rating, (10.2 kW − 8 × 700 W) ÷ 8; lower bound for leaner host configurations."},
	},
	{
		ID: "h200", Name: "NVIDIA H200 SXM", Vendor: "NVIDIA", Year: 2024,
		TDP:          Param{Value: 700, Unit: "W", Year: 2024, Source: "nvidia-h200-datasheet", Note: "Maximum TDP of the SXM module (\"up to 700 W\"); the H200 NVL card is up to 600 W."},
		PeakFLOPs:    Param{Value: 989e12, Unit: "FLOP/s", Year: 2024, Source: "nvidia-h200-datasheet", Note: "Dense BF16 peak, the same compute as the H100 SXM with more and faster memory."},
		PeakFLOPsFP8: Param{Value: 1979e12, Unit: "FLOP/s", Year: 2024, Source: "nvidia-h200-datasheet", Note: "Dense FP8 tensor peak, the same as the H100 SXM."},
		System:       "dgx-h100",
		HostPower:    Param{Value: 575, Unit: "W", Year: 2024, Source: "nvidia-dgx-h100-datasheet", Note: "Derived from the DGX H100/H200 platform rating: (10.2 kW − 8 × 700 W) ÷ 8 GPUs."},
	},
	{
		ID: "b200", Name: "NVIDIA B200 (HGX)", Vendor: "NVIDIA", Year: 2024,
		TDP:          Param{Value: 1000, Unit: "W", Year: 2024, Source: "nvidia-blackwell-datasheet", Note: "B200 in HGX/DGX B200 systems, configured at 1,000 W."},
		PeakFLOPs:    Param{Value: 2.25e15, Unit: "FLOP/s", Year: 2024, Source: "nvidia-blackwell-datasheet", Note: "Dense BF16 peak at 1,000 W (4.5 PFLOP/s with sparsity)."},
		PeakFLOPsFP8: Param{Value: 4.5e15, Unit: "FLOP/s", Year: 2024, Source: "nvidia-blackwell-datasheet", Note: "Dense FP8 peak at 1,000 W (9 PFLOP/s with sparsity)."},
		System:       "dgx-b200",
		HostPower:    Param{Value: 787.5, Unit: "W", Year: 2024, Source: "nvidia-dgx-b200-datasheet", Note: "Derived: (DGX B200's 14.3 kW maximum − 8 × 1,000 W) ÷ 8 GPUs."},
	},
	{
		ID: "gb200", Name: "NVIDIA GB200 (per Blackwell GPU)", Vendor: "NVIDIA", Year: 2024,
		TDP:          Param{Value: 1200, Unit: "W", Year: 2024, Source: "nvidia-blackwell-datasheet", Note: "Per Blackwell GPU of a GB200 superchip (two GPUs and one Grace CPU), configured at 1,200 W; the Grace CPU's share is not included."},
		PeakFLOPs:    Param{Value: 2.5e15, Unit: "FLOP/s", Year: 2024, Source: "nvidia-blackwell-datasheet", Note: "Dense BF16 peak per GPU: GB200 NVL72's 180 PFLOP/s ÷ 72 GPUs (360 with sparsity)."},
		PeakFLOPsFP8: Param{Value: 5e15, Unit: "FLOP/s", Year: 2024, Source: "nvidia-blackwell-datasheet", Note: "Dense FP8 peak per GPU: GB200 NVL72's 360 PFLOP/s ÷ 72 GPUs (720 with sparsity)."},
		System:       "gb200-nvl72",
		HostPower:    Param{Value: 466.7, Low: 466.7, High: 633.3, Unit: "W", Year: 2024, Source: "gb200-nvl72-rack-power", Note: "Derived: (the NVL72 rack's about 120 kW − 72 × 1,200 W) ÷ 72 GPUs, covering the Grace CPUs, NVLink switch trays, NICs and power shelves; high: the 132 kW some integrators quote."},
	},
	{
		ID: "mi250x", Name: "AMD Instinct MI250X", Vendor: "AMD", Year: 2021,
		TDP:       Param{Value: 560, Unit: "W", Year: 2021, Source: "amd-mi250x-datasheet", Note: "Peak board power of the OAM module."},
		PeakFLOPs: Param{Value: 383e12, Unit: "FLOP/s", Year: 2021, Source: "amd-mi250x-datasheet", Note: "Peak FP16/BF16 matrix rate (no sparsity feature on CDNA 2)."},
		HostPower: Param{Value: 150, Low: 100, High: 250, Unit: "W", Year: 2021, Source: "watt-ledger-conventions", Note: "Estimate (judgement): AMD publishes no system rating; an HPE Cray EX235a node shares one EPYC CPU, memory and NICs among four MI250X."},
	},
	{
		ID: "mi300x", Name: "AMD Instinct MI300X", Vendor: "AMD", Year: 2023,
		TDP:          Param{Value: 750, Unit: "W", Year: 2023, Source: "amd-mi300x-datasheet", Note: "Peak board power of the OAM module."},
		PeakFLOPs:    Param{Value: 1307.4e12, Unit: "FLOP/s", Year: 2023, Source: "amd-mi300x-datasheet", Note: "Dense FP16/BF16 matrix peak (2,614.9 TFLOP/s with sparsity)."},
		PeakFLOPsFP8: Param{Value: 2614.9e12, Unit: "FLOP/s", Year: 2023, Source: "amd-mi300x-datasheet", Note: "Dense FP8 matrix peak (5,229.8 TFLOP/s with sparsity)."},
		HostPower:    Param{Value: 575, Low: 400, High: 700, Unit: "W", Year: 2023, Source: "watt-ledger-conventions", Note: "Estimate (judgement): 8-GPU OAM platforms carry host parts like the HGX H100's, (10.2 kW − 8 × 700 W) ÷ 8; AMD publishes no system rating."},
	},
	{
		ID: "tpu-v2", Name: "Google TPU v2", Vendor: "Google", Year: 2017,
		TDP:       Param{Value: 280, Unit: "W", Year: 2017, Source: "patterson-2021", Note: "Chip TDP as given by Google's authors in Patterson et al. 2021 Tables 1 and 4; Google publishes no datasheet."},
		PeakFLOPs: Param{Value: 46e12, Unit: "FLOP/s", Year: 2017, Source: "patterson-2021", Note: "Peak BF16 per chip, footnote 12."},
		// Table 1: Transformer (Big) 229 W, Evolved Transformer 227 W;
		// Table 4: Evolved Transformer NAS 208 W.
		MeasuredPower:        Param{Value: 227, Low: 208, High: 229, Unit: "W", Year: 2019, Source: "patterson-2021", Note: "Measured system average per chip including host share (Tables 1 and 4)."},
		HostPower:            Param{Value: 70, Low: 42, High: 98, Unit: "W", Year: 2017, Source: "watt-ledger-conventions", Note: "Estimate (judgement): 25% of the chip rating (15–35%) for the host CPUs, memory and network a TPU tray shares; Google publishes no system rating."},
		MeasuredIncludesHost: true,
	},
	{
		ID: "tpu-v3", Name: "Google TPU v3", Vendor: "Google", Year: 2018,
		TDP:       Param{Value: 450, Unit: "W", Year: 2018, Source: "patterson-2021", Note: "Chip TDP as given in Patterson et al. 2021 Table 4; Google publishes no datasheet. TPUs draw well below TDP (no turbo/DVFS)."},
		PeakFLOPs: Param{Value: 123e12, Unit: "FLOP/s", Year: 2018, Source: "patterson-2021", Note: "Peak BF16 per chip, footnote 12."},
		// Table 4: T5 310 W, Meena 289 W, GShard 288 W, Switch 245 W.
		MeasuredPower:        Param{Value: 288, Low: 245, High: 310, Unit: "W", Year: 2020, Source: "patterson-2021", Note: "Measured system average per chip including host share; median of the four TPU v3 runs in Table 4, range across them."},
		HostPower:            Param{Value: 112.5, Low: 67.5, High: 157.5, Unit: "W", Year: 2018, Source: "watt-ledger-conventions", Note: "Estimate (judgement): 25% of the chip rating (15–35%) for the host CPUs, memory and network a TPU tray shares; Google publishes no system rating."},
		MeasuredIncludesHost: true,
	},
	{
		ID: "tpu-v4", Name: "Google TPU v4", Vendor: "Google", Year: 2020,
		TDP:         Param{Value: 192, Unit: "W", Year: 2020, Source: "jouppi-2023-tpuv4", Note: "Maximum chip power, not a TDP: Google's TPU v4 documentation gives 192 W maximum; TPU v3's 450 W is a thermal design power, a larger quantity for the same kind of chip. Google publishes no TDP for v4."},
		PeakFLOPs:   Param{Value: 275e12, Unit: "FLOP/s", Year: 2020, Source: "google-cloud-tpu-docs", Note: "Peak BF16 per chip."},
		RatingBasis: RatingMaxChip,
		HostPower:   Param{Value: 48, Low: 29, High: 67, Unit: "W", Year: 2020, Source: "watt-ledger-conventions", Note: "Estimate (judgement): 25% of the chip rating (15–35%) for the host CPUs, memory and network a TPU tray shares; Google publishes no system rating."},
	},
	{
		ID: "tpu-v5e", Name: "Google TPU v5e", Vendor: "Google", Year: 2023,
		TDP:         Param{Value: 200, Low: 150, High: 250, Unit: "W", Year: 2023, Source: "google-cloud-tpu-docs", Note: "Estimate on TPU v4's maximum-chip-power basis (not a TDP): Google publishes neither. Judgement from v4's 192 W maximum for a chip with 72% of v4's peak and half its HBM; wide range."},
		PeakFLOPs:   Param{Value: 197e12, Unit: "FLOP/s", Year: 2023, Source: "google-cloud-tpu-docs", Note: "Peak BF16 per chip."},
		RatingBasis: RatingMaxChip,
		HostPower:   Param{Value: 50, Low: 30, High: 70, Unit: "W", Year: 2023, Source: "watt-ledger-conventions", Note: "Estimate (judgement): 25% of the chip rating (15–35%) for the host CPUs, memory and network a TPU tray shares; Google publishes no system rating."},
	},
	{
		ID: "tpu-v5p", Name: "Google TPU v5p", Vendor: "Google", Year: 2023,
		TDP:         Param{Value: 400, Low: 300, High: 550, Unit: "W", Year: 2023, Source: "google-cloud-tpu-docs", Note: "Estimate on TPU v4's maximum-chip-power basis (not a TDP): Google publishes neither. Judgement scaling v4's 192 W by v5p's 1.7x peak and 3x HBM (95 GB); wide range."},
		PeakFLOPs:   Param{Value: 459e12, Unit: "FLOP/s", Year: 2023, Source: "google-cloud-tpu-docs", Note: "Peak BF16 per chip."},
		RatingBasis: RatingMaxChip,
		HostPower:   Param{Value: 100, Low: 60, High: 140, Unit: "W", Year: 2023, Source: "watt-ledger-conventions", Note: "Estimate (judgement): 25% of the chip rating (15–35%) for the host CPUs, memory and network a TPU tray shares; Google publishes no system rating."},
	},
	{
		ID: "tpu-v6e", Name: "Google TPU v6e (Trillium)", Vendor: "Google", Year: 2024,
		TDP:         Param{Value: 450, Low: 300, High: 700, Unit: "W", Year: 2024, Source: "google-trillium-2024", Note: "Estimate on TPU v4's maximum-chip-power basis (not a TDP): Google publishes neither. Google states 4.7x v5e's peak per chip at 67% better energy efficiency, about 2.8x v5e's power; applied to the v5e estimate (150–250 W) this gives 420–700 W, widened downward because the efficiency claim may not be per peak FLOP."},
		PeakFLOPs:   Param{Value: 918e12, Unit: "FLOP/s", Year: 2024, Source: "google-cloud-tpu-docs", Note: "Peak BF16 per chip."},
		RatingBasis: RatingMaxChip,
		HostPower:   Param{Value: 112.5, Low: 67.5, High: 157.5, Unit: "W", Year: 2024, Source: "watt-ledger-conventions", Note: "Estimate (judgement): 25% of the chip rating (15–35%) for the host CPUs, memory and network a TPU tray shares; Google publishes no system rating."},
	},
	{
		ID: "ascend-910b", Name: "Huawei Ascend 910B", Vendor: "Huawei", Year: 2023,
		TDP:       Param{Value: 400, Low: 310, High: 400, Unit: "W", Year: 2023, Source: "huawei-ascend-910", Note: "Estimate: Huawei publishes no 910B datasheet. 400 W is the widely reported module power; 310 W is the original Ascend 910's published maximum."},
		PeakFLOPs: Param{Value: 320e12, Low: 256e12, High: 376e12, Unit: "FLOP/s", Year: 2023, Source: "huawei-ascend-910", Note: "Estimate: dense FP16, widely reported as 280–376 TFLOP/s depending on the 910B variant; the original Ascend 910 was 256 TFLOP/s (Huawei, 2019)."},
		HostPower: Param{Value: 300, Low: 200, High: 400, Unit: "W", Year: 2023, Source: "watt-ledger-conventions", Note: "Estimate (judgement): Huawei's Atlas 800T training servers (eight NPUs, Kunpeng CPUs) have no maximum rating we could verify; a host share like other eight-accelerator servers, scaled to the 400 W module."},
	},
	{
		ID: "gaudi-3", Name: "Intel Gaudi 3 (OAM)", Vendor: "Intel", Year: 2024,
		TDP:          Param{Value: 900, Unit: "W", Year: 2024, Source: "intel-gaudi3-whitepaper", Note: "OAM module (HL-325L and HL-335) TDP. The PCIe card (HL-338, 600 W) is another product, so it no longer stands as a low bound."},
		PeakFLOPs:    Param{Value: 1835e12, Unit: "FLOP/s", Year: 2024, Source: "intel-gaudi3-whitepaper", Note: "BF16 matrix (MME) peak; Gaudi has no structured-sparsity doubling."},
		PeakFLOPsFP8: Param{Value: 1835e12, Unit: "FLOP/s", Year: 2024, Source: "intel-gaudi3-whitepaper", Note: "FP8 matrix peak, the same as BF16 on Gaudi 3's matrix engines."},
		HostPower:    Param{Value: 575, Low: 400, High: 700, Unit: "W", Year: 2024, Source: "watt-ledger-conventions", Note: "Estimate (judgement): an 8-OAM Gaudi 3 server carries host parts like the HGX H100's, (10.2 kW − 8 × 700 W) ÷ 8; Intel's system rating was not read."},
	},
}
