using MyNumber.Contracts.Cards;

namespace MyNumber.Contracts.Bridge;

/// <summary>
/// The reader side of a bridge, implemented by <c>mynumber attach</c> (the process that owns the PC/SC
/// connection) and registered with <see cref="IReaderBridgeGrain.AttachAsync"/>. PINs never cross this
/// interface: the attach process takes them from its own PIN source when a method needs one. Failures
/// are answers with a <see cref="BridgeReasons"/> or Domain reason code, not exceptions. Calls may wait for
/// a person typing a PIN, longer than Orleans' default response timeout; the bridge bounds them itself.
/// </summary>
[Alias("mn.ICardReaderObserver")]
public interface ICardReaderObserver : IGrainObserver
{
    /// <summary>Reads a certificate off the chip (no PIN for the user-authentication certificate).</summary>
    [ResponseTimeout(BridgeKeys.ChipCallTimeout)]
    [Alias("ReadCertificate")] Task<CardCertificate> ReadCertificateAsync(CertificateUse use);

    /// <summary>Verifies the slot's PIN from the attach side's PIN source; tries left as the chip says.</summary>
    [ResponseTimeout(BridgeKeys.ChipCallTimeout)]
    [Alias("VerifyPin")] Task<PinCheck> VerifyPinAsync(PinSlot slot);

    /// <summary>
    /// Verifies the key's PIN from the PIN source, then has the chip sign <paramref name="digestInfo"/>
    /// (PKCS#1 v1.5, <c>80 2A 00 80</c>); returns the signature and the key's certificate.
    /// </summary>
    [ResponseTimeout(BridgeKeys.ChipCallTimeout)]
    [Alias("Sign")] Task<CardSignature> SignAsync(CertificateUse use, byte[] digestInfo);
}
