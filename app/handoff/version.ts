// The Trunkline version the hand-off files name in their headers: package.json's, one home.
import packageJson from '../../package.json';

export const TRUNKLINE_VERSION: string = packageJson.version;
