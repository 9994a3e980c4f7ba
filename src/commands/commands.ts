// The manifest's FunctionFile. The only ribbon button opens the task pane (ShowTaskpane), which
// needs no code here; Office still loads this page, so it must initialise office.js.
Office.onReady(() => {
  // Nothing to register: no ExecuteFunction commands.
});
