// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IMedRecAccess} from "../IMedRecAccess.sol";
import {IMedRecRegistry} from "../IMedRecRegistry.sol";

/// @title A pharmacy's refill desk that asks MedRec before it acts.
/// @notice An example of a Solidity 0.8 contract on MedRec's precompiles. A refill request is
/// recorded only if the chain allows its sender's MedRec identity (a pharmacy) to read the
/// patient's medications held by the prescriber, and it records the SHA-256 digest of the
/// prescriber's record set it relied on, so anyone can later check what the refill was based on.
/// @dev Contracts only read MedRec: the precompile refuses writes from any contract
/// (`grantFor` shows it), because a contract has no identity of its own and acting for
/// `tx.origin` would let any contract a patient calls grant access in their name.
contract RefillDesk {
    IMedRecRegistry internal constant REGISTRY = IMedRecRegistry(address(uint160(0x0D010000)));
    IMedRecAccess internal constant ACCESS = IMedRecAccess(address(uint160(0x0D020000)));
    uint8 internal constant MEDICATIONS = 2;
    uint8 internal constant TREATMENT = 0;

    /// @notice Refill requests recorded per patient.
    mapping(bytes32 => uint256) public refills;

    event RefillRequested(
        bytes32 indexed patient, bytes32 indexed pharmacy, bytes32 indexed prescriber, bytes32 recordDigest
    );

    error NotLinked(address caller);
    error NotAllowed(uint8 reason);
    error NoRecord(uint32 recordSet);

    /// @notice Whether `reader`'s MedRec identity may read `patient`'s medications held by
    /// `prescriber`, and the chain's basis or reason code.
    function mayReadMedications(address reader, bytes32 patient, bytes32 prescriber)
        public
        view
        returns (bool allowed, uint8 code)
    {
        bytes32 identity = REGISTRY.identityOf(reader);
        if (identity == bytes32(0)) revert NotLinked(reader);
        (allowed, code,,) = ACCESS.decide(identity, patient, prescriber, MEDICATIONS, TREATMENT);
    }

    /// @notice Records a refill request from the sender for `patient`, based on record set
    /// `recordSet` of `prescriber`; returns that record set's digest.
    function requestRefill(bytes32 patient, bytes32 prescriber, uint32 recordSet) external returns (bytes32 digest) {
        (bool allowed, uint8 code) = mayReadMedications(msg.sender, patient, prescriber);
        if (!allowed) revert NotAllowed(code);
        bool found;
        (found, digest) = ACCESS.pointer(patient, prescriber, recordSet);
        if (!found) revert NoRecord(recordSet);
        refills[patient] += 1;
        emit RefillRequested(patient, REGISTRY.identityOf(msg.sender), prescriber, digest);
    }

    /// @notice Tries to grant the sender medications access for `patient`: always refused,
    /// because the precompile acts only for linked people, never for a contract.
    function grantFor(bytes32 patient) external returns (uint32) {
        bytes32 identity = REGISTRY.identityOf(msg.sender);
        return ACCESS.grant(patient, identity, true, 0, uint16(1) << MEDICATIONS, TREATMENT, 0, type(uint64).max);
    }
}
