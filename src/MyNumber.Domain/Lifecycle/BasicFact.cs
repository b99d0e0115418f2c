namespace MyNumber.Domain.Lifecycle;

/// <summary>The four basic facts (基本4情報) other than address, whose change revokes the signing certificate (R-CERT-1).</summary>
public enum BasicFact
{
    Name,
    DateOfBirth,
    Sex,
}
