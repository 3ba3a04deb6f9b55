// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.0;

/// @title MedRec's registrar and consortium, read from the EVM.
/// @notice Who is who on a MedRec chain. A MedRec identity is a 32-byte account (the SS58
/// address's public key); an Ethereum address acts as the identity the registrar links it to.
/// Every function is a view: identities are registered and linked with native extrinsics.
/// Roles, as `roleOf` returns them: 0 none (not registered), 1 patient, 2 provider,
/// 3 pharmacy, 4 lab, 5 research organisation, 6 payer.
/// @dev At 0x000000000000000000000000000000000D010000 (pallet-revive's `Fixed(0x0D01)`).
interface IMedRecRegistry {
    /// @notice The MedRec identity `eth` is linked to, or zero if none.
    function identityOf(address eth) external view returns (bytes32 account);

    /// @notice The Ethereum address linked to `account`, or the zero address.
    function ethAddressOf(bytes32 account) external view returns (address eth);

    /// @notice The role `account` holds (see the codes above).
    function roleOf(bytes32 account) external view returns (uint8 role);

    /// @notice A provider's or organisation's display name and gatekeeper URL (empty if none).
    function profileOf(bytes32 account) external view returns (string memory name, string memory gatekeeper);

    /// @notice The X25519 key records for `account` are encrypted to; `published` is false if none.
    function encryptionKeyOf(bytes32 account) external view returns (bool published, bytes32 key);

    /// @notice The provider or organisation registered under `name`, or zero.
    function accountByName(string calldata name) external view returns (bytes32 account);

    /// @notice Whether `account` is a consortium member (a provider that runs a validator).
    function isConsortiumMember(bytes32 account) external view returns (bool);

    /// @notice The consortium's members, in the order the chain keeps them.
    function consortiumMembers() external view returns (bytes32[] memory members);

    /// @notice How many admission, removal or motion proposals are open.
    function openProposalCount() external view returns (uint32 count);
}
