global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using AwesomeAssertions;
global using ConflictEventsApi.Tests.Infrastructure;
global using Microsoft.AspNetCore.Http;
global using Microsoft.Extensions.DependencyInjection;
global using Xunit;
