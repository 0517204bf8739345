using System.Text;
using HealthDashboard.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
var code = await CliApp.RunAsync(args, stdout, Console.Error, cancel.Token);
await stdout.FlushAsync();
return code;

// .NET 10's shared framework makes a top-level Program public unless it is declared: the web tests reference both
// this project and the web app, whose Program they need, so this one stays internal.
internal partial class Program;
