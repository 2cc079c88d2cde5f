import { describe, expect, it } from 'vitest';
import { altFromName, safeAssetName, safeAssetPath, uniqueAssetName } from './asset-name';

describe('safeAssetName', () => {
  it('slugs the base name and lower-cases the extension', () => {
    expect(safeAssetName('Team Photo.JPG')).toBe('team-photo.jpg');
    expect(safeAssetName('Screen Shot 2025-04-01 at 09.15.02.png')).toBe(
      'screen-shot-2025-04-01-at-09.15.02.png',
    );
    expect(safeAssetName('Café  Lisboa (2).webp')).toBe('café-lisboa-2.webp');
    expect(safeAssetName('C:\\Users\\me\\a+b~c.gif')).toBe('a-b-c.gif');
  });
  it('falls back to "image" when the name gives nothing', () => {
    expect(safeAssetName('.png')).toBe('image.png');
    expect(safeAssetName('???.png')).toBe('image.png');
    expect(safeAssetName('')).toBe('image');
  });
  it('gives the sniffed kind its extension when the name lies or has none', () => {
    expect(safeAssetName('holiday.png', 'jpeg')).toBe('holiday.jpg');
    expect(safeAssetName('holiday.jpeg', 'jpeg')).toBe('holiday.jpeg');
    expect(safeAssetName('clipboard', 'png')).toBe('clipboard.png');
  });
});

describe('uniqueAssetName', () => {
  it('numbers a taken name, comparing case-insensitively', () => {
    expect(uniqueAssetName('photo.png', [])).toBe('photo.png');
    expect(uniqueAssetName('photo.png', ['Photo.PNG'])).toBe('photo-2.png');
    expect(uniqueAssetName('photo.png', ['photo.png', 'photo-2.png'])).toBe('photo-3.png');
    expect(uniqueAssetName('img/photo.png', ['img/photo.png'])).toBe('img/photo-2.png');
  });
  it('never hands out the bundle’s own file names', () => {
    expect(uniqueAssetName('index.md', [])).toBe('index-2.md');
  });
});

describe('safeAssetPath', () => {
  it('keeps folders, makes each segment safe and drops dot segments', () => {
    expect(safeAssetPath(' images/Banner Shots/Big One.PNG ')).toBe('images/banner-shots/big-one.png');
    expect(safeAssetPath('../../etc/passwd')).toBe('etc/passwd');
    expect(safeAssetPath('./a.png')).toBe('a.png');
    expect(safeAssetPath(' / ')).toBeNull();
  });
});

describe('altFromName', () => {
  it('uses the words of the name', () => {
    expect(altFromName('images/team-photo_final.jpg')).toBe('team photo final');
  });
});
