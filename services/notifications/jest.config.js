module.exports = { ...require('@infitah/test-kit/jest-preset') };
