namespace MyNumber.Domain.Uses;

public enum SmartphonePlatform
{
    Android,
    IPhone,
}
