// A vitest global setup: the test LRS is installed once, before the test files run side by side.
import { installTestLrs } from './start.js';

export default function setup() {
	installTestLrs();
}
