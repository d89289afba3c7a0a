; Inno Setup 6 script of the AWS Advisor installer for Windows (x64).
;
; packaging/build.py runs it after building and self-testing the one-folder bundle:
;     ISCC.exe /DAppVersion=<version from pyproject.toml> packaging\windows\aws-advisor.iss
; Paths below are relative to this file. Input: ..\dist\aws-advisor (the bundle) and
; ..\build\icons\aws-advisor.ico (made by make_icons.py). Output:
; ..\dist\aws-advisor-<version>-windows-setup.exe
;
; aws-advisor-gui.exe (windowed: no console flashes from the Start menu) opens the app;
; aws-advisor.exe is the command-line program in the same folder.
;
; Installs for the current user without administrator rights by default (the wizard
; offers all users), adds a Start-menu entry and opens .awsadvisor workshop files.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=x.y.z aws-advisor.iss
#endif

#define AppName "AWS Advisor"
#define AppExe "aws-advisor-gui.exe"
#define CliExe "aws-advisor.exe"
#define AppUrl "https://github.com/aws-advisor/aws-advisor"
#define Publisher "AWS Advisor contributors"
#define ProgId "AwsAdvisor.Workshop"

[Setup]
; The AppId identifies the app across versions (upgrades, uninstall): never change it.
AppId={{7EBCE2CE-B28C-4800-A51A-F54DB403302D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
AppPublisherURL={#AppUrl}
AppSupportURL={#AppUrl}/issues
AppUpdatesURL={#AppUrl}/releases
; Windows 10 or later: what the bundled Qt 6 supports.
MinVersion=10.0
VersionInfoVersion={#AppVersion}
AppCopyright=Copyright (c) 2026 {#Publisher}
VersionInfoProductTextVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\build\icons\aws-advisor.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=aws-advisor-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle completely: no stale libraries from an older version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\aws-advisor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Guided AWS architecture decisions"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .awsadvisor workshop files open with the app (HKA: the current user's or the machine's
; classes, matching the install mode). Removed again on uninstall.
Root: HKA; Subkey: "Software\Classes\.awsadvisor"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.awsadvisor"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-awsadvisor"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.awsadvisor\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "AWS Advisor workshop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".awsadvisor"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
