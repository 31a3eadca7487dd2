import { chartSvg, type ChartImageText } from './chart-svg';
import { svgToPng } from './png';
import { saveBlob } from './save-file';

/** Downloads a chart figure as `fileBase`.svg or `fileBase`.png (twice its size on screen). */
export async function saveChartImage(
  figure: HTMLElement,
  text: ChartImageText,
  format: 'svg' | 'png',
  fileBase: string,
): Promise<void> {
  const image = chartSvg(figure, text);
  const blob =
    format === 'svg'
      ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' })
      : await svgToPng(image.svg, image.width, image.height, 2);
  saveBlob(`${fileBase}.${format}`, blob);
}
