// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.0;

/// @title MedRec's patient-provider relationships and permissions, from the EVM.
/// @notice The native relationships pallet with a Solidity ABI. Every write acts as the MedRec
/// identity the registrar links to `msg.sender`, under the same rules as a native extrinsic
/// (a patient, or a proxy within its categories); a caller with no linked identity, which
/// includes every contract, is refused with "MedRec: caller is not linked to an identity".
/// Failures revert with the pallet's error name ("MedRec: NotAuthorized", ...).
///
/// Encodings:
/// - accounts: 32-byte MedRec accounts;
/// - category: 0 Demographics, 1 Conditions, 2 Medications, 3 Allergies, 4 Immunizations,
///   5 Observations, 6 Procedures, 7 Encounters, 8 ClinicalNotes, 9 Imaging, 10 MentalHealth,
///   11 SubstanceUse, 12 SexualReproductiveHealth (10-12 are sensitive);
/// - categories: a bit set, bit i for category i;
/// - purpose: 0 Treatment, 1 Payment, 2 Operations, 3 Research, 4 Personal;
/// - times: milliseconds since the Unix epoch.
/// @dev At 0x000000000000000000000000000000000D020000 (pallet-revive's `Fixed(0x0D02)`).
interface IMedRecAccess {
    /// @notice A data pointer: a provider's record set, its category, and its SHA-256 digest.
    struct Pointer {
        uint32 recordSet;
        uint8 category;
        bytes32 digest;
        uint64 updatedAt; // block number
    }

    struct Relationship {
        uint64 id;
        bytes32 patient;
        bytes32 provider;
        bool active; // false: awaiting the patient's acceptance
        Pointer[] pointers;
    }

    struct Grant {
        uint32 id;
        bool toGroup; // true: `group` is the viewer; false: `viewer` is
        bytes32 viewer;
        uint32 group;
        bool allRelationships; // true: every relationship; false: only `relationship`
        uint64 relationship;
        uint16 categories;
        uint8 purpose;
        uint64 notBefore;
        uint64 expires;
        bytes32 grantedBy;
    }

    struct Group {
        uint32 id;
        bytes32[] members;
    }

    event Granted(bytes32 indexed patient, bytes32 indexed viewer, uint32 grantId);
    event GrantedToGroup(bytes32 indexed patient, uint32 indexed group, uint32 grantId);
    event Revoked(bytes32 indexed patient, uint32 grantId);

    /// @notice The patient's relationships with their pointers.
    function relationshipsOf(bytes32 patient) external view returns (Relationship[] memory);

    /// @notice The relationship between `patient` and `provider`, if there is one.
    function relationshipBetween(bytes32 patient, bytes32 provider) external view returns (bool exists, uint64 id);

    /// @notice The digest of one record set a provider holds for a patient; `found` is false if
    /// there is no relationship or no such record set.
    function pointer(bytes32 patient, bytes32 provider, uint32 recordSet)
        external
        view
        returns (bool found, bytes32 digest);

    /// @notice The grants in force or waiting to start.
    function grantsOf(bytes32 patient) external view returns (Grant[] memory);

    /// @notice Grants `viewer` access to `categories` of `patient`'s records.
    /// @return grantId the new grant's id, for `revoke`.
    function grant(
        bytes32 patient,
        bytes32 viewer,
        bool allRelationships,
        uint64 relationship,
        uint16 categories,
        uint8 purpose,
        uint64 notBefore,
        uint64 expires
    ) external returns (uint32 grantId);

    /// @notice As `grant`, to every member of one of the patient's viewer groups.
    function grantToGroup(
        bytes32 patient,
        uint32 group,
        bool allRelationships,
        uint64 relationship,
        uint16 categories,
        uint8 purpose,
        uint64 notBefore,
        uint64 expires
    ) external returns (uint32 grantId);

    /// @notice Revokes a grant; it allows nothing from the next block.
    function revoke(bytes32 patient, uint32 grantId) external;

    /// @notice The patient's viewer groups.
    function groupsOf(bytes32 patient) external view returns (Group[] memory);

    function createGroup(bytes32 patient, bytes32[] calldata members) external returns (uint32 groupId);
    function addGroupMember(bytes32 patient, uint32 group, bytes32 member) external;
    function removeGroupMember(bytes32 patient, uint32 group, bytes32 member) external;
    function removeGroup(bytes32 patient, uint32 group) external;

    /// @notice Sets the caller's dead-man switch: after `timeout` ms without a check-in,
    /// `beneficiaries` may read `categories`.
    function setDeadManSwitch(uint64 timeout, bytes32[] calldata beneficiaries, uint16 categories) external;
    function checkIn() external;
    function clearDeadManSwitch() external;

    /// @notice A patient's dead-man switch; `set` is false if there is none.
    function deadManSwitchOf(bytes32 patient)
        external
        view
        returns (bool set, uint64 timeout, uint64 lastCheckIn, bool fired, bytes32[] memory beneficiaries);

    /// @notice May `viewer` read `category` of `patient`'s records held by `provider`, for
    /// `purpose`, now? The chain's one answer, the one every gatekeeper enforces.
    /// @return allowed the answer
    /// @return code if allowed, the basis: 0 patient, 1 record holder, 2 grant, 3 emergency,
    /// 4 dead-man switch; if denied, the reason: 0 unknown patient, 1 unknown provider,
    /// 2 no relationship, 3 relationship not active, 4 no grant, 5 category not granted,
    /// 6 purpose not granted, 7 not yet valid, 8 expired
    /// @return grantId the grant allowing it (basis 2), else 0
    /// @return expires when the permission lapses (ms), 0 if it does not
    function decide(bytes32 viewer, bytes32 patient, bytes32 provider, uint8 category, uint8 purpose)
        external
        view
        returns (bool allowed, uint8 code, uint32 grantId, uint64 expires);
}
