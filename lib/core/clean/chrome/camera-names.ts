import { bothScripts } from "./both-scripts";

// File names a camera, phone or chat app gives a picture (`IMG_20230517_101112.jpg`, `DSC_0042.JPG`,
// `mmexport1684300000000.jpg`, `微信图片_20220415154601.jpg`, `QQ截图20230517101112.png`,
// `Screenshot_2023-05-17-10-11-12.png`): an attachment named so has no caption its author wrote.
const CAMERA_NAME = new RegExp(
  bothScripts(String.raw`^(?:IMG|DSC[NF]?|DSCF|PXL|VID|MVIMG|PANO|Screenshot|wx_camera|mmexport|微信图片|微信截图|QQ截图|QQ图片|屏幕截图|截图|截屏|photo|image|图片)[-_ ]?[\d_\- .()（）]*(?:[-_ ]?\w{0,12})?$|^[\d_\-]{8,}$`),
  "iu",
);
const HAS_DIGIT = /\d/;

/** True for a file name (without its extension) that a device gave, not an author. */
export function isCameraName(name: string): boolean {
  const trimmed = name.trim();
  return HAS_DIGIT.test(trimmed) && CAMERA_NAME.test(trimmed);
}
