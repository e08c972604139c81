package content

import "strings"

// chineseVendors are the names Chinese readers know the vendors and
// product lines by; AMD and Intel's product names stay as sold.
var chineseVendors = []struct{ en, zh string }{
	{"Huawei Ascend ", "华为昇腾"},
	{"NVIDIA ", "英伟达"},
	{"Google ", "谷歌"},
	{"Intel ", "英特尔"},
	{"per Blackwell GPU", "每块Blackwell GPU"},
	{" (", "（"},
	{")", "）"},
}

// DisplayName is the accelerator's name in language l: "Huawei Ascend
// 910B" reads 华为昇腾910B and "NVIDIA GB200 (per Blackwell GPU)" 英伟达GB200
// （每块Blackwell GPU） on the Chinese pages. Name stays the English name
// for data files and exports.
func (a Accelerator) DisplayName(l Lang) string {
	if l != Chinese {
		return a.Name
	}
	s := a.Name
	for _, v := range chineseVendors {
		s = strings.ReplaceAll(s, v.en, v.zh)
	}
	return s
}
