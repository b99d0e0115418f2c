global using Xunit;
global using Orleans;
