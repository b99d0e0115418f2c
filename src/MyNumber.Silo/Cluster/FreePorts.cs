using System.Net;
using System.Net.Sockets;

namespace MyNumber.Silo.Cluster;

/// <summary>A free TCP port on loopback (the OS picks it; a race with another process is possible but rare).</summary>

public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
