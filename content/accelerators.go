package content

// Accelerators lists the AI accelerators the calculator offers. TDP is the
// vendor's thermal design (or board) power, PeakFLOPs the dense BF16/FP16
// tensor peak without sparsity, MeasuredPower a published average during
// training where one exists. Google publishes no TDP for TPU v5e, v5p and
// v6e, nor Huawei for the Ascend 910B: those rows are documented estimates
// with wide ranges.
var Accelerators = []Accelerator{
	{
		ID: "v100", Name: "NVIDIA V100 (SXM2)", Vendor: "NVIDIA", Year: 2017,
		// Patterson et al. 2021 Table 4 also lists 300 W.
		TDP:       Param{Value: 300, Unit: "W", Year: 2017, Source: "nvidia-v100-datasheet", Note: "TDP of the SXM2 module (PCIe card: 250 W)."},
		PeakFLOPs: Param{Value: 125e12, Unit: "FLOP/s", Year: 2017, Source: "nvidia-v100-datasheet", Note: "FP16 tensor peak; Patterson et al. 2021 footnote 12 gives the same 125 TFLOP/s."},
		// Table 4, GPT-3 column: measured by OpenAI, above TDP because it
		// includes the host's share and V100 runs in turbo.
		MeasuredPower: Param{Value: 330, Unit: "W", Year: 2020, Source: "patterson-2021", Note: "Measured system average per GPU during GPT-3 training, including memory, network, fans and host CPU share (Table 4)."},
	},
	{
		ID: "a100-40gb", Name: "NVIDIA A100 40GB (SXM4)", Vendor: "NVIDIA", Year: 2020,
		TDP:       Param{Value: 400, Unit: "W", Year: 2020, Source: "nvidia-a100-datasheet", Note: "TDP of the SXM4 module (PCIe card: 250 W)."},
		PeakFLOPs: Param{Value: 312e12, Unit: "FLOP/s", Year: 2020, Source: "nvidia-a100-datasheet", Note: "Dense BF16/FP16 tensor peak (624 TFLOP/s is with sparsity)."},
	},
	{
		ID: "a100-80gb", Name: "NVIDIA A100 80GB (SXM4)", Vendor: "NVIDIA", Year: 2020,
		TDP:       Param{Value: 400, Unit: "W", Year: 2020, Source: "nvidia-a100-datasheet", Note: "TDP of the SXM4 module (PCIe card: 300 W); BLOOM and Llama 2 use this 400 W as the per-GPU power."},
		PeakFLOPs: Param{Value: 312e12, Unit: "FLOP/s", Year: 2020, Source: "nvidia-a100-datasheet", Note: "Dense BF16/FP16 tensor peak (624 TFLOP/s is with sparsity)."},
	},
	{
		ID: "h100-sxm", Name: "NVIDIA H100 SXM", Vendor: "NVIDIA", Year: 2022,
		TDP:       Param{Value: 700, Unit: "W", Year: 2022, Source: "nvidia-h100-datasheet", Note: "Maximum TDP of the SXM5 module (\"up to 700 W\", configurable)."},
		PeakFLOPs: Param{Value: 989e12, Unit: "FLOP/s", Year: 2022, Source: "nvidia-h100-datasheet", Note: "Dense BF16 tensor peak: half the datasheet's 1,979 TFLOP/s, which is with sparsity."},
		// Morrison et al. 2025 Table 1: 7B development runs, 269k GPU-h and
		// 196 MWh at PUE 1.2 (Jupiter) → 163.3 MWh of GPU energy → 607 W.
		// 13B runs on Augusta: 191k GPU-h, 116 MWh at PUE 1.12 → 542 W.
		MeasuredPower: Param{Value: 607, Low: 542, High: 607, Unit: "W", Year: 2024, Source: "morrison-2025", Note: "Derived from measured GPU energy: (MWh ÷ PUE) ÷ GPU-hours of Ai2's OLMo development runs (Table 1); GPU only, no host share. 607 W for the 7B runs, 542 W for the 13B runs."},
	},
	{
		ID: "h100-pcie", Name: "NVIDIA H100 PCIe", Vendor: "NVIDIA", Year: 2022,
		TDP:       Param{Value: 350, Low: 300, High: 350, Unit: "W", Year: 2022, Source: "nvidia-h100-pcie-brief", Note: "Maximum TDP 350 W (product brief); the datasheet gives 300–350 W configurable."},
		PeakFLOPs: Param{Value: 756e12, Unit: "FLOP/s", Year: 2022, Source: "nvidia-h100-datasheet", Note: "Dense BF16 tensor peak: half the datasheet's 1,513 TFLOP/s with sparsity."},
	},
	{
		ID: "h800", Name: "NVIDIA H800 SXM", Vendor: "NVIDIA", Year: 2023,
		TDP:       Param{Value: 700, Unit: "W", Year: 2023, Source: "nvidia-h800-datasheet", Note: "The export version of the H100 SXM (NVLink cut to 400 GB/s); same 700 W maximum TDP."},
		PeakFLOPs: Param{Value: 989e12, Unit: "FLOP/s", Year: 2023, Source: "nvidia-h800-datasheet", Note: "Dense BF16 peak, equal to the H100 SXM (1,979 TFLOP/s with sparsity)."},
	},
	{
		ID: "h20", Name: "NVIDIA H20", Vendor: "NVIDIA", Year: 2024,
		TDP:       Param{Value: 400, Unit: "W", Year: 2024, Source: "nvidia-h20-spec", Note: "As widely reported from NVIDIA's partner specification; not verified against a public NVIDIA datasheet."},
		PeakFLOPs: Param{Value: 148e12, Unit: "FLOP/s", Year: 2024, Source: "nvidia-h20-spec", Note: "Dense BF16 peak as widely reported; not verified against a public NVIDIA datasheet."},
	},
	{
		ID: "h200", Name: "NVIDIA H200 SXM", Vendor: "NVIDIA", Year: 2024,
		TDP:       Param{Value: 700, Unit: "W", Year: 2024, Source: "nvidia-h200-datasheet", Note: "Maximum TDP of the SXM module (\"up to 700 W\"); the H200 NVL card is up to 600 W."},
		PeakFLOPs: Param{Value: 989e12, Unit: "FLOP/s", Year: 2024, Source: "nvidia-h200-datasheet", Note: "Dense BF16 peak, the same compute as the H100 SXM with more and faster memory."},
	},
	{
		ID: "b200", Name: "NVIDIA B200 (HGX)", Vendor: "NVIDIA", Year: 2024,
		TDP:       Param{Value: 1000, Unit: "W", Year: 2024, Source: "nvidia-blackwell-datasheet", Note: "B200 in HGX/DGX B200 systems, configured at 1,000 W."},
		PeakFLOPs: Param{Value: 2.25e15, Unit: "FLOP/s", Year: 2024, Source: "nvidia-blackwell-datasheet", Note: "Dense BF16 peak at 1,000 W (4.5 PFLOP/s with sparsity)."},
	},
	{
		ID: "gb200", Name: "NVIDIA GB200 (per Blackwell GPU)", Vendor: "NVIDIA", Year: 2024,
		TDP:       Param{Value: 1200, Unit: "W", Year: 2024, Source: "nvidia-blackwell-datasheet", Note: "Per Blackwell GPU of a GB200 superchip (two GPUs and one Grace CPU), configured at 1,200 W; the Grace CPU's share is not included."},
		PeakFLOPs: Param{Value: 2.5e15, Unit: "FLOP/s", Year: 2024, Source: "nvidia-blackwell-datasheet", Note: "Dense BF16 peak per GPU: GB200 NVL72's 180 PFLOP/s ÷ 72 GPUs (360 with sparsity)."},
	},
	{
		ID: "mi250x", Name: "AMD Instinct MI250X", Vendor: "AMD", Year: 2021,
		TDP:       Param{Value: 560, Unit: "W", Year: 2021, Source: "amd-mi250x-datasheet", Note: "Peak board power of the OAM module."},
		PeakFLOPs: Param{Value: 383e12, Unit: "FLOP/s", Year: 2021, Source: "amd-mi250x-datasheet", Note: "Peak FP16/BF16 matrix rate (no sparsity feature on CDNA 2)."},
	},
	{
		ID: "mi300x", Name: "AMD Instinct MI300X", Vendor: "AMD", Year: 2023,
		TDP:       Param{Value: 750, Unit: "W", Year: 2023, Source: "amd-mi300x-datasheet", Note: "Peak board power of the OAM module."},
		PeakFLOPs: Param{Value: 1307.4e12, Unit: "FLOP/s", Year: 2023, Source: "amd-mi300x-datasheet", Note: "Dense FP16/BF16 matrix peak (2,614.9 TFLOP/s with sparsity)."},
	},
	{
		ID: "tpu-v2", Name: "Google TPU v2", Vendor: "Google", Year: 2017,
		TDP:       Param{Value: 280, Unit: "W", Year: 2017, Source: "patterson-2021", Note: "Chip TDP as given by Google's authors in Patterson et al. 2021 Tables 1 and 4; Google publishes no datasheet."},
		PeakFLOPs: Param{Value: 46e12, Unit: "FLOP/s", Year: 2017, Source: "patterson-2021", Note: "Peak BF16 per chip, footnote 12."},
		// Table 1: Transformer (Big) 229 W, Evolved Transformer 227 W;
		// Table 4: Evolved Transformer NAS 208 W.
		MeasuredPower: Param{Value: 227, Low: 208, High: 229, Unit: "W", Year: 2019, Source: "patterson-2021", Note: "Measured system average per chip including host share (Tables 1 and 4)."},
	},
	{
		ID: "tpu-v3", Name: "Google TPU v3", Vendor: "Google", Year: 2018,
		TDP:       Param{Value: 450, Unit: "W", Year: 2018, Source: "patterson-2021", Note: "Chip TDP as given in Patterson et al. 2021 Table 4; Google publishes no datasheet. TPUs draw well below TDP (no turbo/DVFS)."},
		PeakFLOPs: Param{Value: 123e12, Unit: "FLOP/s", Year: 2018, Source: "patterson-2021", Note: "Peak BF16 per chip, footnote 12."},
		// Table 4: T5 310 W, Meena 289 W, GShard 288 W, Switch 245 W.
		MeasuredPower: Param{Value: 288, Low: 245, High: 310, Unit: "W", Year: 2020, Source: "patterson-2021", Note: "Measured system average per chip including host share; median of the four TPU v3 runs in Table 4, range across them."},
	},
	{
		ID: "tpu-v4", Name: "Google TPU v4", Vendor: "Google", Year: 2020,
		TDP:       Param{Value: 192, Unit: "W", Year: 2020, Source: "jouppi-2023-tpuv4", Note: "Maximum chip power as reported for TPU v4 (read via a secondary summary of Google's figures, not re-read in the paper); Google publishes no TDP datasheet."},
		PeakFLOPs: Param{Value: 275e12, Unit: "FLOP/s", Year: 2020, Source: "google-cloud-tpu-docs", Note: "Peak BF16 per chip."},
	},
	{
		ID: "tpu-v5e", Name: "Google TPU v5e", Vendor: "Google", Year: 2023,
		TDP:       Param{Value: 200, Low: 150, High: 250, Unit: "W", Year: 2023, Source: "google-cloud-tpu-docs", Note: "Estimate: Google publishes no TDP. Judgement from TPU v4's 192 W maximum for a chip with 72% of v4's peak and half its HBM; wide range."},
		PeakFLOPs: Param{Value: 197e12, Unit: "FLOP/s", Year: 2023, Source: "google-cloud-tpu-docs", Note: "Peak BF16 per chip."},
	},
	{
		ID: "tpu-v5p", Name: "Google TPU v5p", Vendor: "Google", Year: 2023,
		TDP:       Param{Value: 400, Low: 300, High: 550, Unit: "W", Year: 2023, Source: "google-cloud-tpu-docs", Note: "Estimate: Google publishes no TDP. Judgement scaling TPU v4's 192 W by v5p's 1.7x peak and 3x HBM (95 GB); wide range."},
		PeakFLOPs: Param{Value: 459e12, Unit: "FLOP/s", Year: 2023, Source: "google-cloud-tpu-docs", Note: "Peak BF16 per chip."},
	},
	{
		ID: "tpu-v6e", Name: "Google TPU v6e (Trillium)", Vendor: "Google", Year: 2024,
		TDP:       Param{Value: 450, Low: 300, High: 700, Unit: "W", Year: 2024, Source: "google-trillium-2024", Note: "Estimate: Google publishes no TDP. Google states 4.7x v5e's peak per chip at 67% better energy efficiency, i.e. about 2.8x v5e's power; applied to the v5e estimate (150–250 W) this gives 420–700 W, widened downward because the efficiency claim may not be per peak FLOP."},
		PeakFLOPs: Param{Value: 918e12, Unit: "FLOP/s", Year: 2024, Source: "google-cloud-tpu-docs", Note: "Peak BF16 per chip."},
	},
	{
		ID: "ascend-910b", Name: "Huawei Ascend 910B", Vendor: "Huawei", Year: 2023,
		TDP:       Param{Value: 400, Low: 310, High: 400, Unit: "W", Year: 2023, Source: "huawei-ascend-910", Note: "Estimate: Huawei publishes no 910B datasheet. 400 W is the widely reported module power; 310 W is the original Ascend 910's published maximum."},
		PeakFLOPs: Param{Value: 320e12, Low: 256e12, High: 376e12, Unit: "FLOP/s", Year: 2023, Source: "huawei-ascend-910", Note: "Estimate: dense FP16, widely reported as 280–376 TFLOP/s depending on the 910B variant; the original Ascend 910 was 256 TFLOP/s (Huawei, 2019)."},
	},
	{
		ID: "gaudi-3", Name: "Intel Gaudi 3 (OAM)", Vendor: "Intel", Year: 2024,
		TDP:       Param{Value: 900, Low: 600, High: 900, Unit: "W", Year: 2024, Source: "intel-gaudi3-whitepaper", Note: "OAM module (HL-325L) TDP; the PCIe card (HL-338) is 600 W."},
		PeakFLOPs: Param{Value: 1835e12, Unit: "FLOP/s", Year: 2024, Source: "intel-gaudi3-whitepaper", Note: "BF16 matrix (MME) peak; Gaudi has no structured-sparsity doubling."},
	},
}
